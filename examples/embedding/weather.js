// The script a user writes against the host's service. temperature() and readings are C#:
// temperature(city) returns a promise for a .NET Task, readings is a .NET IAsyncEnumerable.

// Several host Tasks at once, and a timer on the engine's event loop.
async function report(cities) {
  const temperatures = await Promise.all(cities.map(city => temperature(city)));
  await new Promise(resolve => setTimeout(resolve, 10));
  const lines = cities.map((city, i) => `${city}: ${temperatures[i].toFixed(1)} °C`);
  const warmest = cities[temperatures.indexOf(Math.max(...temperatures))];
  return { lines, warmest };
}

// A .NET async stream walked with for await (leaving early would dispose its enumerator).
async function average(stream) {
  let sum = 0, count = 0;
  for await (const reading of stream) {
    sum += reading.celsius;
    count++;
  }
  return `${count} readings, average ${(sum / count).toFixed(2)} °C`;
}

// An async generator the host walks with await foreach.
async function* alerts(cities, threshold) {
  for (const city of cities) {
    const celsius = await temperature(city);
    if (celsius > threshold) yield `heat alert: ${city} at ${celsius.toFixed(1)} °C`;
  }
}

// A host Task's failure is a rejection the script can catch.
async function lookup(city) {
  try {
    return `${city}: ${await temperature(city)} °C`;
  } catch (e) {
    return `${city}: ${e.message}`;
  }
}
