namespace Trading.MarketData;

/// <summary>Valid and rejected messages of one batch, with trades deduplicated by trade id within the batch.</summary>
internal sealed class IngestionBatch(int capacity)
{
    private readonly Dictionary<string, Trade> trades = new(capacity, StringComparer.Ordinal);

    public List<Bar> Bars { get; } = [];

    public List<DeadLetter> DeadLetters { get; } = [];

    /// <summary>Trades whose trade id repeats an earlier trade of the same batch.</summary>
    public int DuplicatesInBatch { get; private set; }

    public void AddTrade(Trade trade)
    {
        if (!trades.TryAdd(trade.TradeId, trade))
        {
            DuplicatesInBatch++;
        }
    }

    public IReadOnlyList<MinuteTrades> GroupTradesByMinute()
    {
        var groups = new Dictionary<(string Symbol, DateTimeOffset Start), List<Trade>>();
        foreach (Trade trade in trades.Values)
        {
            var key = (trade.Symbol, BarInterval.OneMinute.Floor(trade.Timestamp));
            if (!groups.TryGetValue(key, out List<Trade>? list))
            {
                list = [];
                groups[key] = list;
            }

            list.Add(trade);
        }

        return [.. groups.Select(group => new MinuteTrades(group.Key.Symbol, group.Key.Start, group.Value))];
    }

    /// <summary>Returns the newest trade of each symbol in quote order, as a quote.</summary>
    public IReadOnlyList<Quote> LatestQuotes()
    {
        var latest = new Dictionary<string, Quote>(StringComparer.Ordinal);
        foreach (Trade trade in trades.Values)
        {
            Quote quote = trade.ToQuote();
            if (!latest.TryGetValue(trade.Symbol, out Quote? current) || quote.IsNewerThan(current))
            {
                latest[trade.Symbol] = quote;
            }
        }

        return [.. latest.Values];
    }
}
