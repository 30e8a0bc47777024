#!/usr/bin/python3
"""Vectorised NumPy reference timing for the backtest engine's benchmark.

Run from the repository root with Debian's NumPy, with the OpenBLAS overrides of this environment unset
for this command only:

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 tests/oracle/bench_numpy.py [--bars N] [--repeat R]

It generates the same synthetic bars as benchmarks/Trading.Benchmarks/Backtesting/SyntheticBars.cs
(splitmix64 uniforms, seed 42) and times an SMA(20)/SMA(50) crossover with 0.1 bps commission and 0.1 bps
slippage: rolling means from a cumulative sum, the signal on the close filled at the next open, the
equity curve as a cumulative product, trade profits, Sharpe, Sortino, volatility, CAGR and maximum
drawdown. Data generation is not timed; the best of R runs is reported.
"""

import argparse
import time

import numpy as np

GAMMA = np.uint64(0x9E3779B97F4A7C15)
MIX1 = np.uint64(0xBF58476D1CE4E5B9)
MIX2 = np.uint64(0x94D049BB133111EB)
BARS_PER_YEAR = 252
SEGMENT_LENGTH = 10_000  # the random walk restarts at 100 every 10,000 bars


def splitmix64(x):
    z = x + GAMMA
    z = (z ^ (z >> np.uint64(30))) * MIX1
    z = (z ^ (z >> np.uint64(27))) * MIX2
    return z ^ (z >> np.uint64(31))


def synthetic_bars(count, seed=42):
    index = np.arange(count, dtype=np.uint64)
    seed = np.uint64(seed)
    with np.errstate(over="ignore"):
        u = (splitmix64(np.uint64(2) * index + seed) >> np.uint64(11)) * (1.0 / (1 << 53))
        v = (splitmix64(np.uint64(2) * index + np.uint64(1) + seed) >> np.uint64(11)) * (1.0 / (1 << 53))
    walk = np.cumsum(0.02 * (u - 0.5))
    segment_start = (np.arange(count) // SEGMENT_LENGTH) * SEGMENT_LENGTH
    close = 100.0 * np.exp(walk - walk[segment_start])
    open_ = np.empty(count)
    open_[0] = 100.0
    open_[1:] = close[:-1] * (1.0 + 0.004 * (v[1:] - 0.5))
    return open_, close


def rolling_mean(values, period):
    sums = np.cumsum(values)
    out = np.full(values.shape, np.nan)
    out[period - 1] = sums[period - 1]
    out[period:] = sums[period:] - sums[:-period]
    return out / period


def sma_crossover_backtest(open_, close, fast, slow, capital, commission_bps, slippage_bps):
    c = commission_bps / 10_000.0
    s = slippage_bps / 10_000.0
    fast_mean = rolling_mean(close, fast)
    slow_mean = rolling_mean(close, slow)
    signal = np.zeros(close.shape, dtype=bool)
    signal[slow - 1:] = fast_mean[slow - 1:] > slow_mean[slow - 1:]

    held = np.zeros(close.shape, dtype=bool)
    held[1:] = signal[:-1]
    previously_held = np.zeros(close.shape, dtype=bool)
    previously_held[1:] = held[:-1]
    entering = held & ~previously_held
    exiting = ~held & previously_held
    staying = held & previously_held

    previous_close = np.empty(close.shape)
    previous_close[0] = close[0]
    previous_close[1:] = close[:-1]
    growth = np.ones(close.shape)
    growth[entering] = close[entering] / (open_[entering] * ((1 + s) * (1 + c)))
    growth[staying] = close[staying] / previous_close[staying]
    growth[exiting] = open_[exiting] * ((1 - s) * (1 - c)) / previous_close[exiting]
    if held[-1]:
        growth[-1] *= (1 - s) * (1 - c)
    equity = capital * np.cumprod(growth)

    entries = np.flatnonzero(entering)
    exits = np.flatnonzero(exiting)
    if held[-1]:
        exits = np.append(exits, close.size - 1)
    profits = equity[exits] - equity[entries - 1]

    r = equity[1:] / equity[:-1] - 1.0
    mean = r.mean()
    std = r.std(ddof=1)
    downside = np.sqrt(np.mean(np.minimum(r, 0.0) ** 2))
    drawdown = 1.0 - equity / np.maximum.accumulate(equity)
    return {
        "final_equity": float(equity[-1]),
        "trades": int(entries.size),
        "win_rate": float((profits > 0).mean()) if profits.size else 0.0,
        "sharpe_ratio": float(mean / std * np.sqrt(BARS_PER_YEAR)) if std > 0 else 0.0,
        "sortino_ratio": float(mean / downside * np.sqrt(BARS_PER_YEAR)) if downside > 0 else 0.0,
        "annualized_volatility": float(std * np.sqrt(BARS_PER_YEAR)),
        "cagr": float((equity[-1] / equity[0]) ** (BARS_PER_YEAR / r.size) - 1.0),
        "max_drawdown": float(drawdown.max()),
        "exposure": float(held.mean()),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bars", type=int, default=10_000_000, help="number of synthetic bars (default 10,000,000)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs; the best is reported (default 5)")
    args = parser.parse_args()

    open_, close = synthetic_bars(args.bars)
    print(f"numpy {np.__version__}, {args.bars:,} bars, close checksum {close.sum():.6f}")
    timings = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        result = sma_crossover_backtest(open_, close, 20, 50, 100_000.0, 0.1, 0.1)
        timings.append(time.perf_counter() - start)
    best = min(timings)
    print(f"best {best * 1000:.1f} ms, median {sorted(timings)[len(timings) // 2] * 1000:.1f} ms, "
          f"{args.bars / best:.3g} bars/s")
    print(result)


if __name__ == "__main__":
    main()
