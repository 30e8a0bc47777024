using Trading.Backtests;
using Trading.Common;

namespace Trading.UnitTests.Backtests;

public sealed class BacktestRangeTests
{
    public static TheoryData<string?, string?, decimal?, string> BadRequests => new()
    {
        { "2014-12-31", "2014-01-01", 1000m, "end_date" },
        { "2014-01-01", "2014-01-01", 1000m, "end_date" },
        { "2014-01-01T00:00:00Z", "2014-12-31", 1000m, "start_date" },
        { "2014-01-01", "2014-12-31 00:00", 1000m, "end_date" },
        { " 2014-01-01", "2014-12-31", 1000m, "start_date" },
        { "1899-12-31", "2014-12-31", 1000m, "start_date" },
        { "2014-01-01", "2101-01-01", 1000m, "end_date" },
        { null, "2014-12-31", 1000m, "start_date" },
        { "2014-01-01", "2014-12-31", null, "initial_capital" },
        { "2014-01-01", "2014-12-31", 0m, "initial_capital" },
        { "2014-01-01", "2014-12-31", -0.01m, "initial_capital" },
        { "2014-01-01", "2014-12-31", 10.001m, "initial_capital" },
        { "2014-01-01", "2014-12-31", 1_000_000_000_000.01m, "initial_capital" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void Validate_BadRequest_ThrowsNamingField(string? start, string? end, decimal? capital, string field)
    {
        var exception = Assert.Throws<DomainException>(() => BacktestRange.Validate(new BacktestRequest(start, end, capital)));

        Assert.Equal(DomainErrorKind.Validation, exception.Kind);
        Assert.True(exception.Errors.ContainsKey(field), $"errors should name {field}: {string.Join(", ", exception.Errors.Keys)}");
    }

    [Fact]
    public void Validate_Valid_GivesInclusiveUtcBounds()
    {
        BacktestRange range = BacktestRange.Validate(new BacktestRequest("2014-01-01", "2014-12-31", 1_000_000_000_000m));

        Assert.Equal(new DateTimeOffset(2014, 1, 1, 0, 0, 0, TimeSpan.Zero), range.From);
        Assert.Equal(new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero), range.To);
        Assert.Equal(1_000_000_000_000m, range.InitialCapital);
    }

    [Fact]
    public void Validate_TrailingZeroDecimals_IsAccepted()
    {
        BacktestRange range = BacktestRange.Validate(new BacktestRequest("2014-01-01", "2014-12-31", 100.000m));

        Assert.Equal(100m, range.InitialCapital);
    }
}
