// The round structure every timing script shares: each round measures every variant once, in
// an order rotated round by round, so that drift in the machine's speed (turbo, a noisy
// neighbour) touches every variant alike; a first round warms the JIT and sockets unrecorded.
// Ratios are taken within a round, where the variants ran side by side.

/** Runs `measure(name, warmup)` for each name, `rounds` times plus a warm-up; the figures by name. */
export async function inRotatingRounds(names, rounds, measure) {
  const perRound = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = -1; round < rounds; round++) {
    const order = names.map((_, index) => names[(index + Math.max(round, 0)) % names.length]);
    for (const name of order) {
      const value = await measure(name, round < 0);
      if (round >= 0) perRound[name].push(value);
    }
  }
  return perRound;
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const medians = (perRound) =>
  Object.fromEntries(Object.entries(perRound).map(([name, values]) => [name, median(values)]));

/** Each name's [lowest, highest] ratio to `base` within a round: the noise of the median ratio. */
export function ratioRanges(perRound, base) {
  return Object.fromEntries(
    Object.entries(perRound).map(([name, values]) => {
      const ratios = values.map((value, round) => value / perRound[base][round]);
      return [name, [Math.min(...ratios), Math.max(...ratios)]];
    }),
  );
}
