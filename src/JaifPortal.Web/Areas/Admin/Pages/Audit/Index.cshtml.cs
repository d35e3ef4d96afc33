using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Audit;

public sealed class IndexModel(PortalDbContext db) : AdminPageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Record { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public new int Page { get; private set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public bool HasMore { get; private set; }

    // "page" comes from the query string only: it is also a route value of every Razor page.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        Page = Math.Clamp(page ?? 1, 1, 100_000);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Person))
        {
            var person = Person.Trim();
            query = query.Where(e => e.UserEmail != null && EF.Functions.ILike(e.UserEmail, "%" + person + "%"));
        }

        if (!string.IsNullOrWhiteSpace(Record))
        {
            var record = Record.Trim();
            query = query.Where(e => (e.RecordKey != null && EF.Functions.ILike(e.RecordKey, "%" + record + "%"))
                || (e.RecordType != null && EF.Functions.ILike(e.RecordType, "%" + record + "%")));
        }

        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.At < end);
        }

        var rows = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((Page - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        HasMore = rows.Count > PageSize;
        Entries = rows.Take(PageSize).ToList();
    }

    public string QueryFor(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["person"] = Person,
        ["record"] = Record,
        ["from"] = From?.ToString("yyyy-MM-dd"),
        ["to"] = To?.ToString("yyyy-MM-dd"),
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(pair => !string.IsNullOrEmpty(pair.Value))).ToUriComponent().TrimStart('?');
}
