// Small helpers for figures: medians and the units the table prints.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (milliseconds) => `${milliseconds.toFixed(1)} ms`;
export const times = (ratio) => `${ratio.toFixed(2)}×`;
