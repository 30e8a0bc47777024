using Trading.Backtesting.Signals;
using Trading.Backtesting.Statistics;

namespace Trading.Backtesting.Engine;

/// <summary>
/// The per-bar loop of one sleeve. Generic over a struct rule so the JIT compiles one specialised loop per rule.
/// Bars go through in blocks of <see cref="BlockSize"/>: the rule's signals for the block, then the fills and
/// marks, then the statistics, each a tight loop over data still in cache. Nothing is allocated per bar except
/// a record when a trade closes.
/// </summary>
/// <remarks>
/// Order of events on bar t. (1) An order signalled on bar t−1's close fills at bar t's open. (2) On the last
/// bar an open position is sold at the close. (3) Equity is marked at the close, and a sleeve whose equity is
/// zero or below is ruined. (4) The close's signal decides whether an order is pending for bar t+1. The signal
/// for bar t is computed from closes up to t only, so computing a block of signals ahead of the fills reads
/// nothing a bar-by-bar loop would not have read by then.
/// </remarks>
internal static class SymbolSimulator
{
    public const int BlockSize = 4096;

    public static SymbolBacktestResult Run<TRule>(ref TRule rule, BarSeries bars, SleeveSettings settings)
        where TRule : struct, ISignalRule
    {
        int count = bars.Count;
        // Every element is written below, so the runtime need not zero the array first.
        double[] equityCurve = GC.AllocateUninitializedArray<double>(count);
        bool[] wantLong = new bool[Math.Min(count, BlockSize)];
        var ledger = new TradeLedger(bars, settings);
        var statistics = new EquityStatisticsAccumulator(settings.AnnualRiskFreeRate);
        var state = new LoopState();

        for (int start = 0; start < count; start += BlockSize)
        {
            int length = Math.Min(BlockSize, count - start);
            Span<bool> signals = wantLong.AsSpan(0, length);
            rule.Update(bars.Close.AsSpan(start, length), signals);
            FillAndMark(bars, start, signals, equityCurve, ledger, ref state);
            statistics.AddRange(equityCurve.AsSpan(start, length));
        }

        List<Trade> trades = ledger.Trades;
        double exposure = count == 0 ? 0.0 : (double)state.BarsInMarket / count;
        return new SymbolBacktestResult(
            bars.Symbol,
            settings.InitialCapital,
            count == 0 ? settings.InitialCapital : equityCurve[^1],
            state.BarsInMarket,
            trades,
            new EquityCurve(bars.DayNumbers, equityCurve),
            statistics.ToStatistics(TradeSummary.From(trades), exposure));
    }

    /// <summary>
    /// Fills and marks one block. Most bars only mark the equity of an unchanged position, so they run in a
    /// tight loop with cash and quantity in registers and no calls; a bar with a fill, the last bar and a
    /// bar whose equity falls to zero go through <see cref="StepBar"/>, which does the full order of events.
    /// </summary>
    private static void FillAndMark(BarSeries bars, int start, ReadOnlySpan<bool> signals, double[] equityCurve, TradeLedger ledger, ref LoopState state)
    {
        int length = signals.Length;
        ReadOnlySpan<double> open = bars.Open.AsSpan(start, length);
        ReadOnlySpan<double> close = bars.Close.AsSpan(start, length);
        Span<double> equityOut = equityCurve.AsSpan(start, length);
        int lastIndex = bars.Count - 1 - start;
        int runEnd = Math.Min(lastIndex, length);

        int t = 0;
        while (t < length)
        {
            if (state.OrderPending || t == lastIndex)
            {
                StepBar(start, t, open[t], close[t], signals[t], equityOut, ledger, lastIndex, ref state);
                t++;
                continue;
            }

            double cash = ledger.Cash;
            double quantity = ledger.Quantity;
            bool inMarket = ledger.InMarket;
            bool ruined = state.Ruined;
            bool orderPending = false;
            bool needsStep = false;
            int runStart = t;
            for (; t < runEnd; t++)
            {
                // Capped so an absurd series cannot overflow to infinity; a NaN (infinite shares times a zero price) counts as ruin.
                double equity = Math.Min(cash + (quantity * close[t]), double.MaxValue);
                if (!(equity > 0.0) && !ruined)
                {
                    needsStep = true;
                    break;
                }

                equityOut[t] = equity;
                if (signals[t] != inMarket && !ruined)
                {
                    orderPending = true;
                    t++;
                    break;
                }
            }

            if (inMarket)
            {
                state.BarsInMarket += t - runStart;
            }

            state.OrderPending = orderPending;
            if (needsStep)
            {
                StepBar(start, t, open[t], close[t], signals[t], equityOut, ledger, lastIndex, ref state);
                t++;
            }
        }
    }

    /// <summary>One bar with every event: the pending fill at the open, the final exit on the last bar, the mark, ruin and the next signal.</summary>
    private static void StepBar(int start, int t, double openPrice, double closePrice, bool wantLong, Span<double> equityOut, TradeLedger ledger, int lastIndex, ref LoopState state)
    {
        if (state.OrderPending)
        {
            state.OrderPending = false;
            if (ledger.InMarket)
            {
                ledger.Exit(start + t, openPrice, ExitReason.Signal);
            }
            else
            {
                ledger.Enter(start + t, openPrice);
            }
        }

        if (ledger.InMarket)
        {
            state.BarsInMarket++;
            if (t == lastIndex)
            {
                ledger.Exit(start + t, closePrice, ExitReason.EndOfData);
            }
        }

        double equity = Math.Min(ledger.Cash + (ledger.Quantity * closePrice), double.MaxValue);
        if (!(equity > 0.0) && !state.Ruined)
        {
            ledger.WriteOff(start + t, closePrice);
            state.Ruined = true;
            equity = 0.0;
        }

        equityOut[t] = equity;
        state.OrderPending = wantLong != ledger.InMarket && !state.Ruined;
    }

    private struct LoopState
    {
        public bool OrderPending;
        public bool Ruined;
        public int BarsInMarket;
    }
}
