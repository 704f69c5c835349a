'use strict';
// luxon: DateTime arithmetic, formatting, zones, durations, intervals (needs Intl for most of it).
const { DateTime, Duration, Interval, Info, Settings } = require('luxon');
const show = (label, value) => console.log(label, JSON.stringify(value));
Settings.defaultZone = 'utc';
const dt = DateTime.fromISO('2024-02-29T13:45:30.123Z');
show('iso', [dt.toISO(), dt.toISODate(), dt.toMillis(), dt.year, dt.month, dt.weekday, dt.ordinal, dt.weekNumber, dt.isInLeapYear, dt.daysInMonth]);
show('math', [dt.plus({ years: 1 }).toISODate(), dt.minus({ months: 1, days: 1 }).toISODate(), dt.startOf('week').toISO(), dt.endOf('month').toISO(), dt.set({ hour: 0 }).toISO()]);
show('format', [dt.toFormat('yyyy-LL-dd HH:mm:ss.SSS'), dt.toFormat("EEEE, MMMM d 'at' h a"), dt.toLocaleString(DateTime.DATE_FULL), dt.toRelative({ base: dt.plus({ days: 3 }) })]);
show('zones', [dt.setZone('America/New_York').toISO(), dt.setZone('UTC+5').toFormat('HH:mm ZZ'), DateTime.fromISO('2024-03-10T12:00', { zone: 'Europe/Paris' }).offset]);
show('duration', [Duration.fromObject({ hours: 2, minutes: 90 }).shiftTo('hours').hours, Duration.fromISO('P1Y2M3DT4H').toHuman(), dt.diff(DateTime.fromISO('2024-01-01T00:00:00Z'), ['months', 'days']).toObject()]);
show('interval', [Interval.fromDateTimes(dt, dt.plus({ days: 10 })).length('days'), Interval.fromISO('2024-01-01/2024-01-10').contains(DateTime.fromISO('2024-01-05'))]);
show('info', [Info.months('short').slice(0, 3), Info.weekdays('long')[0], Info.features().relative]);
show('parse', [DateTime.fromFormat('12/25/2023 4:05 PM', 'MM/dd/yyyy h:mm a').toISO(), DateTime.fromSQL('2017-05-15 09:12:34').toISO(), DateTime.fromRFC2822('Tue, 01 Nov 2016 13:23:12 +0630').toISO(), DateTime.fromISO('nope').isValid, DateTime.fromISO('nope').invalidReason]);
