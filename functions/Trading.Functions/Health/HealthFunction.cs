using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Trading.Functions.Http;
using Trading.Health;

namespace Trading.Functions.Health;

/// <summary>Anonymous dependency status for load balancers and operators; it names no secrets or endpoints.</summary>
public sealed class HealthFunction(HttpApi api, HealthService health)
{
    [Function(nameof(GetHealth))]
    public Task<IActionResult> GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RunAsync(request, async () =>
        {
            var report = await health.CheckAsync(cancellationToken);
            if (!report.Healthy)
            {
                return Problems.DependencyUnavailable(report.DownDependencies, report.Dependencies);
            }

            return JsonResponse.Ok(new HealthResponse("healthy", report.Dependencies));
        });
}
