// Found by differential fuzzing (tests/Fuzz): Date strings of bare numbers (no month name) follow
// V8's legacy parser: month/day/year padded with 1s, or year/month/day when the first is not a day.
for (const s of ['5', '12', '1', ' 5 ', '13', '32', '0', '49', '50', '99', '100', '5 6', '5 6 7', '5 6 2020',
  '32 5', '5 32', '2020 5', '2020 5 6', '1 2 3 4', '5 10:00', '3,4', '5 May', 'May 5', 'k']) {
  const d = new Date(s);
  // local-time getters: the strings are read in local time, so this holds in any time zone
  console.log(JSON.stringify(s), isNaN(d) ? 'Invalid Date' : [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()].join(' '));
}
