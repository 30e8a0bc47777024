namespace Trading.Functions.Portfolio;

/// <summary>Body of <c>POST /v1/portfolio/position</c>: a fill, where a positive quantity buys and a negative one sells.</summary>
public sealed class PositionRequest
{
    public string? Symbol { get; init; }

    public decimal? Quantity { get; init; }

    public decimal? Price { get; init; }
}
