'use strict';
// dayjs: parsing, formatting, manipulation, comparison, plugins (times built from local components).
const dayjs = require('dayjs');
const show = (label, value) => console.log(label, JSON.stringify(value));
dayjs.extend(require('dayjs/plugin/advancedFormat'));
dayjs.extend(require('dayjs/plugin/customParseFormat'));
dayjs.extend(require('dayjs/plugin/relativeTime'));
dayjs.extend(require('dayjs/plugin/duration'));
dayjs.extend(require('dayjs/plugin/isBetween'));
dayjs.extend(require('dayjs/plugin/weekOfYear'));
dayjs.extend(require('dayjs/plugin/dayOfYear'));
dayjs.extend(require('dayjs/plugin/isLeapYear'));
dayjs.extend(require('dayjs/plugin/quarterOfYear'));
dayjs.extend(require('dayjs/plugin/minMax'));

const t = dayjs(new Date(2024, 1, 29, 8, 5, 9, 7));
show('format', [t.format(), t.format('YYYY-MM-DD HH:mm:ss.SSS'), t.format('dddd, MMMM D, YYYY h:mm A'), t.format('[Today is] ddd'), t.format('Do Q wo DDDD X'), t.format('YY M D H h m s a')]);
show('getters', [t.year(), t.month(), t.date(), t.day(), t.hour(), t.minute(), t.second(), t.millisecond(), t.get('month'), t.daysInMonth(), t.week(), t.dayOfYear(), t.isLeapYear(), t.quarter()]);
show('manipulate', [t.add(1, 'day'), t.add(1, 'year'), t.subtract(1, 'month'), t.add(2, 'week'), t.startOf('month'), t.endOf('year'), t.startOf('week'), t.set('hour', 23), t.add(90, 'minute'), t.add(1, 'quarter')].map(x => x.format('YYYY-MM-DD HH:mm:ss.SSS')));
show('diff', [t.diff(dayjs(new Date(2024, 0, 1)), 'day'), t.diff(dayjs(new Date(2023, 1, 28)), 'month'), t.diff(dayjs(new Date(2023, 1, 28)), 'month', true).toFixed(4), t.diff(t.subtract(3, 'hour')), t.diff(dayjs(new Date(2020, 0, 1)), 'year')]);
show('compare', [t.isBefore(t.add(1, 'ms')), t.isAfter(t), t.isSame(t.startOf('day'), 'day'), t.isBetween(t.subtract(1, 'd'), t.add(1, 'd')), dayjs.max(t, t.add(1, 'd')).date(), dayjs.min([t, t.subtract(1, 'd')]).date()]);
show('parse', [dayjs('2018-04-04T16:00:00').format('YYYY-MM-DD HH:mm'), dayjs('2018-04-13 19:18:17.040').millisecond(), dayjs('12-25-1995', 'MM-DD-YYYY').format('YYYY/MM/DD'), dayjs('1970-00-00', 'YYYY-MM-DD', true).isValid(), dayjs('nope').isValid(), dayjs(0).valueOf(), dayjs.unix(86400).valueOf(), dayjs([2010, 1, 14].join('-')).format('YYYY-MM-DD')]);
show('relative', [t.from(t.add(3, 'day')), t.to(t.add(2, 'hour')), t.from(t.subtract(1, 'year'), true), t.from(t.subtract(44, 'second'))]);
const dur = dayjs.duration({ days: 2, hours: 3, minutes: 4 });
show('duration', [dur.asHours(), dur.humanize(), dayjs.duration(90, 'minutes').format('HH:mm:ss'), dayjs.duration(-1, 'day').humanize(true), dur.toISOString()]);
show('clone/immutable', (() => { const a = dayjs(new Date(2020, 0, 1)); const b = a.add(1, 'day'); return [a.date(), b.date(), a.clone().isSame(a)]; })());
show('toX', [t.toArray ? 'has toArray' : 'no toArray', typeof t.toDate().getTime(), t.toJSON() === t.toDate().toISOString(), t.unix(), t.utcOffset()]);
show('locale', [dayjs.locale(), t.locale('en').format('MMMM')]);
show('isDayjs', [dayjs.isDayjs(t), dayjs.isDayjs(new Date())]);
