#!/usr/bin/python3
"""Independent NumPy reference for the C# backtest engine (Trading.Backtesting).

Run from the repository root with Debian's NumPy (python3-numpy), not a virtualenv:

    /usr/bin/python3 tests/oracle/backtest_oracle.py [--data-dir DIR] [--output FILE]

DIR defaults to $TRADING_MARKET_DATA_DIR, else ../shared/data/market beside the repository.
FILE defaults to tests/oracle/expected.json, which the C# test BacktestOracleTests compares against.

The rules are the engine's, written here without its code. The signal is taken on bar t's close and
fills at bar t+1's open. Positions are long only. An entry puts all cash into fractional shares after
commission, and an exit sells every share. A position open after the last bar is sold at the last
close. Unlike the
engine's loop, this computes indicators with sliding windows and the equity curve as a cumulative
product of per-bar growth factors, so the two agree only if both follow the same rules.
Ruin (equity reaching zero) and non-positive prices are not modelled: the series used here have
neither, and the C# unit tests cover those cases.
"""

import argparse
import csv
import datetime as dt
import json
import os
import sys
from pathlib import Path

import numpy as np

BARS_PER_YEAR = 252
REPO_ROOT = Path(__file__).resolve().parents[2]


def simple_moving_average(close, period):
    """Mean of each full window ending at t; NaN before the first full window."""
    out = np.full(close.shape, np.nan)
    if close.size >= period:
        windows = np.lib.stride_tricks.sliding_window_view(close, period)
        out[period - 1:] = windows.mean(axis=1)
    return out


def sma_crossover_signal(close, fast_period, slow_period):
    fast = simple_moving_average(close, fast_period)
    slow = simple_moving_average(close, slow_period)
    with np.errstate(invalid="ignore"):
        return np.where(np.isnan(slow), False, fast > slow)


def buy_and_hold_signal(close):
    return np.ones(close.shape, dtype=bool)


def simulate(open_, close, signal, capital, commission_bps, slippage_bps):
    """Equity at each close, the held-at-close mask and the trade list of one sleeve."""
    c = commission_bps / 10_000.0
    s = slippage_bps / 10_000.0
    n = close.size
    held = np.zeros(n, dtype=bool)
    held[1:] = signal[:-1]
    previously_held = np.concatenate(([False], held[:-1]))
    entering = held & ~previously_held
    exiting = ~held & previously_held
    staying = held & previously_held

    growth = np.ones(n)
    previous_close = np.concatenate(([close[0]], close[:-1]))
    growth[entering] = close[entering] / (open_[entering] * (1 + s) * (1 + c))
    growth[staying] = close[staying] / previous_close[staying]
    growth[exiting] = open_[exiting] * (1 - s) * (1 - c) / previous_close[exiting]
    if held[-1]:
        growth[-1] *= (1 - s) * (1 - c)
    equity = capital * np.cumprod(growth)

    trades = []
    entries = np.flatnonzero(entering)
    exits = list(np.flatnonzero(exiting))
    if held[-1]:
        exits.append(n - 1)
    for entry, exit_ in zip(entries, exits):
        cash_before = equity[entry - 1]
        entry_price = open_[entry] * (1 + s)
        quantity = cash_before / (1 + c) / entry_price
        at_end = held[exit_]
        exit_price = (close[exit_] if at_end else open_[exit_]) * (1 - s)
        gross = quantity * exit_price
        fees = (cash_before - cash_before / (1 + c)) + gross * c
        cash_after = gross - gross * c
        trades.append({
            "entry_index": int(entry),
            "exit_index": int(exit_),
            "entry_price": entry_price,
            "exit_price": exit_price,
            "quantity": quantity,
            "fees": fees,
            "pnl": cash_after - cash_before,
            "exit_reason": "end_of_data" if at_end else "signal",
        })
    return equity, held, trades


def statistics(equity, trades, exposure):
    r = equity[1:] / equity[:-1] - 1.0
    std = r.std(ddof=1) if r.size >= 2 else 0.0
    mean = r.mean() if r.size else 0.0
    downside = np.sqrt(np.mean(np.minimum(r, 0.0) ** 2)) if r.size else 0.0
    peaks = np.maximum.accumulate(equity)
    pnl = np.array([t["pnl"] for t in trades])
    gross_loss = -pnl[pnl <= 0].sum() if pnl.size else 0.0
    return {
        "final_equity": float(equity[-1]),
        "total_return": float(equity[-1] / equity[0] - 1.0),
        "sharpe_ratio": float(mean / std * np.sqrt(BARS_PER_YEAR)) if std > 0 else 0.0,
        "sortino_ratio": float(mean / downside * np.sqrt(BARS_PER_YEAR)) if downside > 0 else 0.0,
        "annualized_volatility": float(std * np.sqrt(BARS_PER_YEAR)),
        "max_drawdown": float(np.max(1.0 - equity / peaks)),
        "cagr": float((equity[-1] / equity[0]) ** (BARS_PER_YEAR / r.size) - 1.0) if r.size else 0.0,
        "trade_count": len(trades),
        "win_rate": float((pnl > 0).sum() / pnl.size) if pnl.size else 0.0,
        "profit_factor": float(pnl[pnl > 0].sum() / gross_loss) if gross_loss > 0 else None,
        "exposure": float(exposure),
    }


def read_wiki_prices(path, ticker):
    """Adjusted OHLC of one ticker from the long-format WIKI sample."""
    dates, columns = [], {k: [] for k in ("adj_open", "adj_high", "adj_low", "adj_close")}
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            if row["ticker"] == ticker:
                dates.append(row["date"])
                for key in columns:
                    columns[key].append(float(row[key]))
    return dates, np.array(columns["adj_open"]), np.array(columns["adj_close"])


def read_wide_closes(path, symbol):
    """One symbol's closes from the wide file with M/D/YYYY dates; the close doubles as the open."""
    dates, closes = [], []
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            month, day, year = (int(part) for part in row["Date"].split("/"))
            dates.append(dt.date(year, month, day).isoformat())
            closes.append(float(row[symbol]))
    close = np.array(closes)
    return dates, close.copy(), close


def run_case(name, source, sleeves, strategy, capital, commission_bps, slippage_bps):
    """Runs one case; `sleeves` is a list of (symbol, dates, open, close) sharing the same dates."""
    sleeve_capital = capital / len(sleeves)
    total = None
    all_trades, exposures, per_symbol = [], [], []
    for symbol, dates, open_, close in sleeves:
        if strategy["type"] == "sma_crossover":
            signal = sma_crossover_signal(close, strategy["fast_period"], strategy["slow_period"])
        else:
            signal = buy_and_hold_signal(close)
        equity, held, trades = simulate(open_, close, signal, sleeve_capital, commission_bps, slippage_bps)
        for trade in trades:
            trade["symbol"] = symbol
            trade["entry_date"] = dates[trade.pop("entry_index")]
            trade["exit_date"] = dates[trade.pop("exit_index")]
        exposure = held.sum() / held.size
        per_symbol.append({"symbol": symbol, **statistics(equity, trades, exposure)})
        all_trades.extend(trades)
        exposures.append(exposure)
        total = equity if total is None else total + equity
    all_trades.sort(key=lambda t: (t["entry_date"], t["symbol"]))
    return {
        "name": name,
        "source": source,
        "symbols": [s[0] for s in sleeves],
        "strategy": strategy,
        "initial_capital": capital,
        "commission_bps": commission_bps,
        "slippage_bps": slippage_bps,
        "bar_count": int(total.size),
        "portfolio": statistics(total, all_trades, np.mean(exposures)),
        "per_symbol": per_symbol,
        "trades": all_trades,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_data = os.environ.get("TRADING_MARKET_DATA_DIR") or str(REPO_ROOT.parent / "shared" / "data" / "market")
    parser.add_argument("--data-dir", default=default_data, help="folder with the market CSV files")
    parser.add_argument("--output", default=str(REPO_ROOT / "tests" / "oracle" / "expected.json"), help="JSON file to write")
    args = parser.parse_args()

    data = Path(args.data_dir)
    wiki = data / "wiki-prices-2014.csv"
    wide = data / "aapl-msft-c-adjclose-2004-2014.csv"
    for path in (wiki, wide):
        if not path.is_file():
            sys.exit(f"error: {path} not found; pass --data-dir or set TRADING_MARKET_DATA_DIR")

    aapl = ("AAPL", *read_wiki_prices(wiki, "AAPL"))
    msft = ("MSFT", *read_wide_closes(wide, "MSFT"))
    citi = ("C", *read_wide_closes(wide, "C"))
    sma_10_30 = {"type": "sma_crossover", "fast_period": 10, "slow_period": 30}
    sma_20_50 = {"type": "sma_crossover", "fast_period": 20, "slow_period": 50}
    hold = {"type": "buy_and_hold"}

    cases = [
        run_case("aapl_2014_adjusted_sma_10_30_costs", wiki.name, [aapl], sma_10_30, 10_000.0, 5.0, 2.0),
        run_case("aapl_2014_adjusted_buy_and_hold_costs", wiki.name, [aapl], hold, 10_000.0, 5.0, 2.0),
        run_case("msft_2004_2014_sma_20_50", wide.name, [msft], sma_20_50, 100_000.0, 0.0, 0.0),
        run_case("c_2004_2014_sma_20_50_costs", wide.name, [citi], sma_20_50, 100_000.0, 10.0, 5.0),
        run_case("msft_c_2004_2014_sma_20_50_portfolio", wide.name, [msft, citi], sma_20_50, 100_000.0, 10.0, 5.0),
        run_case("msft_c_2004_2014_buy_and_hold_portfolio", wide.name, [msft, citi], hold, 100_000.0, 0.0, 0.0),
    ]
    output = {
        "generator": "tests/oracle/backtest_oracle.py",
        "numpy_version": np.__version__,
        "cases": cases,
    }
    with open(args.output, "w") as handle:
        json.dump(output, handle, indent=1)
        handle.write("\n")
    print(f"wrote {len(cases)} cases to {args.output}")


if __name__ == "__main__":
    main()
