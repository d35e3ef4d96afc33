using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.OpenApi;

namespace JaifPortal.Web.Areas.Discovery.Api;

/// <summary>
/// The filters of the API's lists: the public lists' vocabulary (<see cref="FilterKeys"/>), read by the same
/// <see cref="FilterReader"/>; a value that names nothing answers 400 with problem details naming the key.
/// </summary>
internal static class ApiFilters
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [FilterKeys.Pillar] = "A pillar's slug.",
        [FilterKeys.Area] = "A cooperation area's slug.",
        [FilterKeys.Country] = "A country's ISO 3166-1 alpha-2 code, in any case (an initiative counts where it is linked to the country or has a milestone there).",
        [FilterKeys.Status] = "An initiative's status on the day, as its page reads (statusToday): Planned, StartPassed, Ongoing, Ended or Completed.",
        [FilterKeys.Year] = $"The year the record starts, {FilterReader.MinimumYear} to {FilterReader.MaximumYear}.",
        [FilterKeys.Organisation] = "A published organisation's slug (records it takes part in).",
    };

    /// <summary>The filter of the request, or the 400 answer naming each value that names nothing.</summary>
    public static async Task<(ListFilter Filter, IResult? Problem)> ReadAsync(
        PortalDbContext db, HttpContext context, FilterSubject subject, CancellationToken cancellationToken)
    {
        var (values, problems) = await FilterReader.ReadAsync(db, context.Request.Query, subject, FilterScope.Public, cancellationToken);
        var today = PortalTime.Today(context.RequestServices.GetRequiredService<TimeProvider>());
        return (ListFilter.From(values, today), problems.Count > 0 ? FilterProblemDetails.BadRequest(problems) : null);
    }

    /// <summary>Describes the subject's filters in the OpenAPI document and varies the cached copies by them (and the paging).</summary>
    public static RouteHandlerBuilder FilteredBy(this RouteHandlerBuilder endpoint, FilterSubject subject) =>
        endpoint.ProducesValidationProblem()
            .CachedPublicly(subject, "page", "pageSize")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Parameters ??= [];
                foreach (var key in FilterKeys.Of(subject))
                {
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = key,
                        In = ParameterLocation.Query,
                        Description = Descriptions[key],
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    });
                }

                return Task.CompletedTask;
            });
}
