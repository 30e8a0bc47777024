using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Trading.IntegrationTests.Accounts;
using Trading.IntegrationTests.MarketData;
using Trading.MarketData;

namespace Trading.IntegrationTests.Portfolio;

public sealed class PortfolioEndpointTests(AccountApiFixture api) : IClassFixture<AccountApiFixture>
{
    [Fact]
    public async Task Fills_BuyAndSells_MatchHandValues()
    {
        const string apple = "AAPL";
        const string micro = "MSFT";
        var user = await api.CreateUserAsync();
        await AccountClient.ReadOkAsync(await user.DepositAsync(10_000m));
        await AccountClient.ReadOkAsync(await user.WithdrawAsync(1_234.56m));

        // Buy 10 at 150.125: cost 1501.25, cash 8765.44 - 1501.25 = 7264.19.
        var buy1 = await AccountClient.ReadOkAsync(await user.FillAsync(apple.ToLowerInvariant(), 10m, 150.125m));
        Assert.Equal(apple, buy1.GetProperty("new_position").GetProperty("symbol").GetString());
        Assert.Equal(10m, buy1.GetProperty("new_position").GetProperty("quantity").GetDecimal());
        Assert.Equal(150.125m, buy1.GetProperty("new_position").GetProperty("average_price").GetDecimal());
        Assert.Equal(7264.19m, await user.BalanceAsync());

        // Buy 5 at 160.333: 801.665 rounds half away from zero to 801.67, cash 6462.52.
        // Average (1501.25 + 801.665) / 15 = 153.527666..., rounded to 153.52766667.
        var buy2 = await AccountClient.ReadOkAsync(await user.FillAsync(apple, 5m, 160.333m));
        Assert.Equal(15m, buy2.GetProperty("new_position").GetProperty("quantity").GetDecimal());
        Assert.Equal(153.52766667m, buy2.GetProperty("new_position").GetProperty("average_price").GetDecimal());
        Assert.Equal(6462.52m, await user.BalanceAsync());

        // Sell 6 at 170.10: proceeds 1020.60, cash 7483.12; realized 6 × (170.10 - 153.52766667) = 99.43399998, so 99.43.
        var sell1 = await AccountClient.ReadOkAsync(await user.FillAsync(apple, -6m, 170.10m));
        Assert.Equal(9m, sell1.GetProperty("new_position").GetProperty("quantity").GetDecimal());
        Assert.Equal(153.52766667m, sell1.GetProperty("new_position").GetProperty("average_price").GetDecimal());
        Assert.Equal(7483.12m, await user.BalanceAsync());

        // Buy 2 of a symbol without a quote at 300.5: cost 601.00, cash 6882.12.
        await AccountClient.ReadOkAsync(await user.FillAsync(micro, 2m, 300.5m));
        await StoreQuoteAsync(apple, "165.00");

        // Quoted: 9 × 165 = 1485.00, unrealized 9 × (165 - 153.52766667) = 103.25099997, so 103.25.
        // Unquoted: valued at its average price, 601.00 with no unrealized P&L.
        var portfolio = await user.GetJsonAsync("v1/portfolio");
        var positions = portfolio.GetProperty("positions").EnumerateArray().ToDictionary(p => p.GetProperty("symbol").GetString()!);
        Assert.Equal(2, positions.Count);
        Assert.Equal(165.00m, positions[apple].GetProperty("market_price").GetDecimal());
        Assert.Equal(1485.00m, positions[apple].GetProperty("market_value").GetDecimal());
        Assert.Equal(103.25m, positions[apple].GetProperty("unrealized_pl").GetDecimal());
        Assert.Equal(300.5m, positions[micro].GetProperty("market_price").GetDecimal());
        Assert.Equal(601.00m, positions[micro].GetProperty("market_value").GetDecimal());
        Assert.Equal(0.00m, positions[micro].GetProperty("unrealized_pl").GetDecimal());
        Assert.Equal(2086.00m, portfolio.GetProperty("total_value").GetDecimal());
        Assert.Equal(6882.12m, portfolio.GetProperty("cash").GetDecimal());
        Assert.Equal(8968.12m, portfolio.GetProperty("equity").GetDecimal());

        // Sell the remaining 9 at 140: proceeds 1260.00, cash 8142.12; realized 9 × (140 - 153.52766667) = -121.74900003, so -121.75.
        var sell2 = await AccountClient.ReadOkAsync(await user.FillAsync(apple, -9m, 140m));
        Assert.Equal(0m, sell2.GetProperty("new_position").GetProperty("quantity").GetDecimal());
        Assert.Equal(153.52766667m, sell2.GetProperty("new_position").GetProperty("average_price").GetDecimal());

        var closed = await user.GetJsonAsync("v1/portfolio");
        Assert.Equal([micro], closed.GetProperty("positions").EnumerateArray().Select(p => p.GetProperty("symbol").GetString()));
        Assert.Equal(601.00m, closed.GetProperty("total_value").GetDecimal());
        Assert.Equal(8142.12m, closed.GetProperty("cash").GetDecimal());
        Assert.Equal(8743.12m, closed.GetProperty("equity").GetDecimal());

        var ledger = await user.AllTransactionsAsync();
        Assert.Equal(["sell", "buy", "sell", "buy", "buy", "withdrawal", "deposit"], ledger.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal([1260.00m, -601.00m, 1020.60m, -801.67m, -1501.25m, -1234.56m, 10000.00m], ledger.Select(e => e.GetProperty("amount").GetDecimal()));
        Assert.Equal(-121.75m, ledger[0].GetProperty("realized_pl").GetDecimal());
        Assert.Equal(99.43m, ledger[2].GetProperty("realized_pl").GetDecimal());
        Assert.False(ledger[1].TryGetProperty("realized_pl", out _));
        Assert.Equal(-9m, ledger[0].GetProperty("quantity").GetDecimal());
        Assert.Equal(140m, ledger[0].GetProperty("price").GetDecimal());
        Assert.Equal(apple, ledger[0].GetProperty("symbol").GetString());
        Assert.Equal(8142.12m, ledger[0].GetProperty("balance_after").GetDecimal());
        Assert.Equal(sell2.GetProperty("transaction_id").GetString(), ledger[0].GetProperty("transaction_id").GetString());
    }

    [Fact]
    public async Task Fill_BuyWithExactlyAvailableCash_Succeeds()
    {
        var user = await api.CreateUserAsync();
        await AccountClient.ReadOkAsync(await user.DepositAsync(100.01m));

        // 3 × 33.335 = 100.005, which costs 100.01 after rounding.
        using var response = await user.FillAsync("EXACT", 3m, 33.335m);

        await AccountClient.ReadOkAsync(response);
        Assert.Equal(0.00m, await user.BalanceAsync());
    }

    [Fact]
    public async Task Fill_BuyOneCentShort_Returns422InsufficientFunds()
    {
        var user = await api.CreateUserAsync();
        await AccountClient.ReadOkAsync(await user.DepositAsync(100.00m));

        using var response = await user.FillAsync("EXACT", 3m, 33.335m);
        var problem = await AccountClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("/problems/insufficient-funds", problem.GetProperty("type").GetString());
        Assert.Equal(100.00m, await user.BalanceAsync());
        Assert.Empty((await user.GetJsonAsync("v1/portfolio")).GetProperty("positions").EnumerateArray());
    }

    [Fact]
    public async Task Fill_UnderscoreSymbol_UsesMarketDataForm()
    {
        var user = await api.CreateUserAsync();
        await AccountClient.ReadOkAsync(await user.DepositAsync(1_000m));

        var first = await AccountClient.ReadOkAsync(await user.FillAsync("brk_a", 1m, 100m));
        var second = await AccountClient.ReadOkAsync(await user.FillAsync("BRK.A", 1m, 100m));

        Assert.Equal("BRK.A", first.GetProperty("new_position").GetProperty("symbol").GetString());
        Assert.Equal("BRK.A", second.GetProperty("new_position").GetProperty("symbol").GetString());
        Assert.Equal(2m, second.GetProperty("new_position").GetProperty("quantity").GetDecimal());
    }

    [Fact]
    public async Task GetPortfolio_NoPositions_ShowsCashOnly()
    {
        var user = await api.CreateUserAsync();
        await AccountClient.ReadOkAsync(await user.DepositAsync(42.5m));

        var portfolio = await user.GetJsonAsync("v1/portfolio");

        Assert.Equal(JsonValueKind.Array, portfolio.GetProperty("positions").ValueKind);
        Assert.Empty(portfolio.GetProperty("positions").EnumerateArray());
        Assert.Equal(0.00m, portfolio.GetProperty("total_value").GetDecimal());
        Assert.Equal(42.50m, portfolio.GetProperty("cash").GetDecimal());
        Assert.Equal(42.50m, portfolio.GetProperty("equity").GetDecimal());
    }

    [Fact]
    public async Task GetPortfolio_ImportedBarsOnly_ValuesAtLatestClose()
    {
        var symbol = MarketSamples.NewSymbol("IMPV");
        var user = await api.CreateUserAsync();
        await AccountClient.ReadOkAsync(await user.DepositAsync(1_000m));
        const string csv = "date,open,high,low,close,volume\n2021-03-01,10.00,11.50,9.75,11.00,1200\n2021-03-02,11.00,12.60,10.90,12.35,900\n";
        await AccountClient.ReadOkAsync(await user.SendAsync(HttpMethod.Post, $"v1/market/import?symbol={symbol}", csv, contentType: "text/csv"));
        await AccountClient.ReadOkAsync(await user.FillAsync(symbol, 4m, 10m));

        var portfolio = await user.GetJsonAsync("v1/portfolio");
        var position = Assert.Single(portfolio.GetProperty("positions").EnumerateArray());

        // 4 × 12.35 = 49.40, unrealized 4 × (12.35 - 10) = 9.40.
        Assert.Equal(12.35m, position.GetProperty("market_price").GetDecimal());
        Assert.Equal(49.40m, position.GetProperty("market_value").GetDecimal());
        Assert.Equal(9.40m, position.GetProperty("unrealized_pl").GetDecimal());
        Assert.Equal(49.40m, portfolio.GetProperty("total_value").GetDecimal());
    }

    [Fact]
    public async Task GetPortfolio_QuoteAndBars_NewerPriceWins()
    {
        var symbol = MarketSamples.NewSymbol("NEWER");
        var day = new DateTimeOffset(2024, 5, 6, 0, 0, 0, TimeSpan.Zero);
        var store = api.Host.Services.GetRequiredService<IMarketDataStore>();
        var user = await api.CreateUserAsync();
        await AccountClient.ReadOkAsync(await user.DepositAsync(1_000m));
        await AccountClient.ReadOkAsync(await user.FillAsync(symbol, 2m, 100m));

        // The quote at 15:00 is older than the end of the next day's bar.
        await store.UpsertQuotesAsync([MarketSamples.Quote(symbol, day.AddHours(15), 101.00m, "q1")], CancellationToken.None);
        await store.UpsertBarsAsync([MarketSamples.DailyBar(symbol, day.AddDays(1), 103.50m)], CancellationToken.None);
        var barNewer = await user.GetJsonAsync("v1/portfolio");

        // A quote two days later is newer than that bar.
        await store.UpsertQuotesAsync([MarketSamples.Quote(symbol, day.AddDays(2).AddHours(14), 104.25m, "q2")], CancellationToken.None);
        var quoteNewer = await user.GetJsonAsync("v1/portfolio");

        Assert.Equal(103.50m, barNewer.GetProperty("positions")[0].GetProperty("market_price").GetDecimal());
        Assert.Equal(207.00m, barNewer.GetProperty("total_value").GetDecimal());
        Assert.Equal(104.25m, quoteNewer.GetProperty("positions")[0].GetProperty("market_price").GetDecimal());
        Assert.Equal(208.50m, quoteNewer.GetProperty("total_value").GetDecimal());
    }

    // Stored through the market-data store, the same path Kafka ingestion takes.
    private async Task StoreQuoteAsync(string symbol, string price)
    {
        var store = api.Host.Services.GetRequiredService<IMarketDataStore>();
        var quote = new Quote(symbol, decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), 1m, DateTimeOffset.UtcNow, $"test-{Guid.NewGuid():N}");
        await store.UpsertQuotesAsync([quote], CancellationToken.None);
    }
}
