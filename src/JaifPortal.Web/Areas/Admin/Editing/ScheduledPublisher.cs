using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Areas.Admin.Pages.Events;
using JaifPortal.Web.Areas.Admin.Pages.Initiatives;
using JaifPortal.Web.Areas.Admin.Pages.Organisations;
using JaifPortal.Web.Areas.Admin.Pages.People;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>
/// Publishes records whose scheduled time has come, checking each again as a reviewer's "Publish" would.
/// With several instances, only the one holding its <see cref="OneInstanceLock"/> publishes.
/// </summary>
public sealed partial class ScheduledPublisher(
    IServiceProvider services,
    IConfiguration configuration,
    IOptions<PortalOptions> options,
    DatabaseReadiness readiness,
    TimeProvider clock,
    ILogger<ScheduledPublisher> logger) : BackgroundService
{
    /// <returns>How many records were published.</returns>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<PortalDbContext>();
        return await PublishDueAsync(provider.GetRequiredService<InitiativeEditor>(), db.Initiatives, provider, cancellationToken)
            + await PublishDueAsync(provider.GetRequiredService<EventEditor>(), db.Events, provider, cancellationToken)
            + await PublishDueAsync(provider.GetRequiredService<OrganisationEditor>(), db.Organisations, provider, cancellationToken)
            + await PublishDueAsync(provider.GetRequiredService<PersonEditor>(), db.People, provider, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var runner = new OneInstanceLock(
            configuration.GetConnectionString(PortalDatabase.ConnectionStringName)!, "scheduled publisher", logger);
        using var timer = new PeriodicTimer(options.Value.ScheduledPublishingInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!readiness.IsReady)
            {
                continue;
            }

            try
            {
                if (await runner.HoldAsync(stoppingToken))
                {
                    await PublishDueAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (DatabaseFaults.IsUnavailable(exception))
            {
                // The database is away; the next tick tries again, and /health reports the outage.
                LogDatabaseUnavailable(exception.Message);
            }
        }
    }

    private async Task<int> PublishDueAsync<TRecord, TForm>(IRecordEditor<TRecord, TForm> editor, IQueryable<TRecord> records, IServiceProvider provider, CancellationToken cancellationToken)
        where TRecord : class, IEditorial
        where TForm : class, new()
    {
        var now = clock.GetUtcNow();
        var due = await records.Where(r => r.ScheduledPublishAt != null && r.ScheduledPublishAt <= now)
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var db = provider.GetRequiredService<PortalDbContext>();
        var revisions = provider.GetRequiredService<RevisionLog>();
        var audit = provider.GetRequiredService<AuditLog>();
        var published = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var record = await editor.LoadAsync(id, cancellationToken);
            if (record?.ScheduledPublishAt is null)
            {
                continue;
            }

            var errors = new ModelStateDictionary();
            var form = await RecordPublisher.PublishAsync(editor, record, errors, AdminText.For(ContentLanguage.English), now, cancellationToken);
            if (form is null)
            {
                // Something it refers to changed since it was scheduled: it stays in review for a person to look at.
                record.ScheduledPublishAt = null;
                await db.SaveChangesAsync(cancellationToken);
                LogNotPublished(editor.RecordType, record.Slug, string.Join(" ", errors.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await revisions.AddAsync(editor.RecordType, record.Id, RevisionKind.Published, EditorJson.Serialize(form), null, "Scheduled publication", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await audit.RecordAsync(AuditAction.Published, null, "scheduled publication", editor.RecordType, record.Slug);
            published++;
        }

        return published;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled publication of {RecordType} {Slug} was not done: {Reason}")]
    private partial void LogNotPublished(string recordType, string slug, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled publications wait: the database is unavailable ({Reason})")]
    private partial void LogDatabaseUnavailable(string reason);
}
