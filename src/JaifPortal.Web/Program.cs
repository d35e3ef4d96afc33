using JaifPortal.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalLogging();
builder.AddPortalDatabase();
builder.AddPortalIdentity();
builder.AddPortalCookies();
builder.AddForwardedClient();
builder.AddTransportSecurity();
builder.AddPublicAddress();
builder.AddSignInProtection();
builder.AddAccessDenialRecords();
builder.AddStaffErrorPages();
builder.AddHandledMethodsOnly();
builder.AddInputRules();
builder.AddPortalPages();
builder.AddPortalDataProtection();

var app = builder.Build();
if (MigrateCommand.IsRequested(args))
{
    return await MigrateCommand.RunAsync(app);
}

if (CreateAdminCommand.IsRequested(args))
{
    return await CreateAdminCommand.RunAsync(app, args);
}

if (GenerateDataCommand.IsRequested(args))
{
    return await GenerateDataCommand.RunAsync(app, args);
}

app.UseForwardedClient();
app.UseTransportSecurity();
app.UsePortalCookies();
app.UsePortalRequestLogging();
app.UsePortalPages();
app.MapPortalHealth();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
