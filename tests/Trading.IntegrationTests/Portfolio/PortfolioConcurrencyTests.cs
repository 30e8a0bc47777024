using System.Text.Json;
using Trading.IntegrationTests.Accounts;

namespace Trading.IntegrationTests.Portfolio;

public sealed class PortfolioConcurrencyTests(AccountApiFixture api) : IClassFixture<AccountApiFixture>
{
    [Fact]
    public async Task Fills_100Concurrent_MatchLedgerReplay()
    {
        var second = await api.StartExtraHostAsync();
        var user = await api.CreateUserAsync();
        var sameUserOnSecond = api.SameUserOn(user, second);
        await AccountClient.ReadOkAsync(await user.DepositAsync(100_000m));
        await AccountClient.ReadOkAsync(await user.FillAsync("XYZ", 100m, 100m));

        // 45 buys and 45 sells of varied sizes and prices, plus 10 sells far larger than any holding. The
        // 45 sells total 78.25, less than the 100 held, so they succeed in any order.
        var requests = Enumerable.Range(0, 100).Select(i =>
        {
            var client = i % 2 == 0 ? user : sameUserOnSecond;
            var price = 90m + (i * 0.37m);
            return i switch
            {
                < 45 => client.FillAsync("XYZ", 1.5m + (i % 3), price),
                < 90 => client.FillAsync("XYZ", -(0.25m + (i % 4)), price),
                _ => client.FillAsync("XYZ", -1000m, price),
            };
        });
        var responses = await Task.WhenAll(requests);
        var statuses = responses.Select(response => (int)response.StatusCode).ToList();

        Assert.Equal(90, statuses.Count(status => status == 200));
        Assert.Equal(10, statuses.Count(status => status == 422));
        Assert.DoesNotContain(statuses, status => status >= 500);

        var ledger = (await user.AllTransactionsAsync()).OrderBy(entry => entry.GetProperty("sequence").GetInt64()).ToList();
        var replay = Replay(ledger);
        var portfolio = await user.GetJsonAsync("v1/portfolio");
        var position = Assert.Single(portfolio.GetProperty("positions").EnumerateArray());

        Assert.Equal(92, ledger.Count);
        Assert.Equal(replay.Cash, portfolio.GetProperty("cash").GetDecimal());
        Assert.Equal(replay.Quantity, position.GetProperty("quantity").GetDecimal());
        Assert.Equal(replay.AveragePrice, position.GetProperty("average_price").GetDecimal());
        Assert.Equal(100m + 112.5m - 78.25m, replay.Quantity);
    }

    /// <summary>
    /// Recomputes cash, quantity and average price from the ledger alone, with the documented rules.
    /// Cash moves by round(quantity × price, 2), half away from zero. Buys move the average to the
    /// quantity-weighted average rounded to 8 decimal places, and sells keep it. Each entry's amount,
    /// balance_after and realized_pl are checked along the way.
    /// </summary>
    private static (decimal Cash, decimal Quantity, decimal AveragePrice) Replay(List<JsonElement> ledger)
    {
        decimal cash = 0m, quantity = 0m, average = 0m;
        foreach (var entry in ledger)
        {
            var kind = entry.GetProperty("kind").GetString();
            var amount = entry.GetProperty("amount").GetDecimal();
            if (kind is "buy" or "sell")
            {
                var fillQuantity = entry.GetProperty("quantity").GetDecimal();
                var price = entry.GetProperty("price").GetDecimal();
                var cashEffect = -Math.Round(fillQuantity * price, 2, MidpointRounding.AwayFromZero);
                Assert.Equal(cashEffect, amount);

                if (kind == "buy")
                {
                    average = Math.Round(((quantity * average) + (fillQuantity * price)) / (quantity + fillQuantity), 8, MidpointRounding.AwayFromZero);
                }
                else
                {
                    var realized = Math.Round(-fillQuantity * (price - average), 2, MidpointRounding.AwayFromZero);
                    Assert.Equal(realized, entry.GetProperty("realized_pl").GetDecimal());
                }

                quantity += fillQuantity;
                Assert.True(quantity >= 0, "The ledger sells more than was held.");
            }

            cash += amount;
            Assert.True(cash >= 0, "The ledger overdraws the account.");
            Assert.Equal(cash, entry.GetProperty("balance_after").GetDecimal());
        }

        return (cash, quantity, average);
    }
}
