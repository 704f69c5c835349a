// Found by differential fuzzing (tests/Fuzz): Array.prototype.with's RangeError shows the index
// as given (converted to a number, not truncated), and its valueOf runs once.
for (const i of [1.5, -2.5, 3, 'x', '2', NaN, -0.5, 1e21, Infinity, -Infinity, 2.5, -3, { valueOf() { console.log('valueOf'); return 7.25; } }]) {
  try { console.log(String(i), JSON.stringify([1, 2].with(i, 0))); } catch (e) { console.log(String(i), e.name + ': ' + e.message); }
}
