namespace Trading.Functions.Http;

/// <summary>A request rejected at the HTTP layer (content type, size) before any domain code ran.</summary>
public sealed class HttpProblemException(ProblemResult problem) : Exception(problem.Code)
{
    public ProblemResult Problem { get; } = problem;
}
