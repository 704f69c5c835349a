'use strict';
// moment: parsing, formatting, manipulation, durations, relative time, validity (times built from local components).
const moment = require('moment');
const show = (label, value) => console.log(label, JSON.stringify(value));
const m = moment(new Date(2023, 10, 5, 14, 30, 15, 250));
show('format', [m.format(), m.format('YYYY-MM-DD HH:mm:ss.SSS'), m.format('dddd, MMMM Do YYYY, h:mm:ss a'), m.format('ddd, hA'), m.format('[Quarter] Q, [week] w, DDDo'), m.format('LLLL'), m.format('L LT'), m.format('X x').split(' ').length, m.format('gggg-[W]WW-E')]);
show('getters', [m.year(), m.month(), m.date(), m.day(), m.hours(), m.weekday(), m.isoWeekday(), m.dayOfYear(), m.week(), m.isoWeek(), m.quarter(), m.daysInMonth(), m.isLeapYear(), m.weeksInYear()]);
show('manipulate', [m.clone().add(7, 'days'), m.clone().subtract(1, 'months'), m.clone().add({ years: 1, hours: 12 }), m.clone().startOf('week'), m.clone().endOf('month'), m.clone().startOf('isoWeek'), m.clone().date(31), m.clone().month(1).date(31), m.clone().add(1.5, 'hours')].map(x => x.format('YYYY-MM-DD HH:mm:ss.SSS')));
show('diff', [m.diff(moment(new Date(2023, 0, 1)), 'days'), m.diff(moment(new Date(2020, 1, 29)), 'years', true).toFixed(5), m.diff(m.clone().subtract(90, 'minutes'), 'hours'), moment(new Date(2024, 2, 31)).diff(moment(new Date(2024, 1, 29)), 'months', true).toFixed(5)]);
show('compare', [m.isBefore(m.clone().add(1, 'ms')), m.isSame(m.clone().startOf('day'), 'day'), m.isBetween(m.clone().subtract(1, 'd'), m.clone().add(1, 'd')), m.isSameOrAfter(m), moment.max(m, m.clone().add(1, 'y')).year(), moment.min(m, m.clone().add(1, 'y')).year()]);
show('parse', [moment('2013-02-08 09:30:26.123').format('YYYY-MM-DD HH:mm:ss.SSS'), moment('2013-W06-5').format('YYYY-MM-DD'), moment('12-25-1995', 'MM-DD-YYYY').format('LL'), moment('24/12/2019 09:15:00', 'DD/MM/YYYY HH:mm:ss').format('LLL'), moment('2010-10-20 4:30', 'YYYY-MM-DD HH:mm').format('HH:mm'), moment('It is 2012-05-25', 'YYYY-MM-DD').isValid(), moment('It is 2012-05-25', 'YYYY-MM-DD', true).isValid(), moment('2010 13', 'YYYY MM').isValid(), moment('2010 13', 'YYYY MM').invalidAt(), moment([2010, 1, 14, 15, 25, 50, 125]).format(), moment({ year: 2010, month: 3, day: 5 }).format('L')]);
show('relative', [m.from(m.clone().add(5, 'days')), m.to(m.clone().add(3, 'hours')), m.from(m.clone().subtract(45, 'seconds'), true), m.clone().subtract(1, 'day').calendar(m), m.clone().add(10, 'days').calendar(m)]);
const d = moment.duration({ days: 1, hours: 2, minutes: 30 });
show('duration', [d.asMinutes(), d.humanize(), d.toISOString(), moment.duration(-90, 'seconds').humanize(true), moment.duration('23:59:59').asSeconds(), moment.duration('P1Y2M3DT4H5M6S').months(), d.add(1, 'day').days(), moment.duration(2, 'hours').asMilliseconds()]);
show('validity', [moment('not a date', moment.ISO_8601).isValid(), moment(NaN).isValid(), moment.invalid().format(), moment(new Date(2020, 1, 30)).isValid()]);
show('locale', [moment.locale(), m.locale(), moment.months().length, moment.weekdaysShort(), moment.localeData().ordinal(22)]);
show('misc', [moment.isMoment(m), moment.isDate(new Date()), m.toArray(), m.toObject().minutes, typeof m.valueOf(), m.unix(), m.clone().utc().isUTC(), m.utcOffset(), moment.unix(1e9).year(), m.toJSON() === m.toDate().toISOString(), m.inspect ? 'inspect' : '-']);
show('creation', [moment(1318781876406).year(), moment.utc([2011, 0, 1, 8]).format(), moment.parseZone('2013-01-01T00:00:00-13:00').utcOffset(), moment('2011-10-10T10:20:90').isValid()]);
