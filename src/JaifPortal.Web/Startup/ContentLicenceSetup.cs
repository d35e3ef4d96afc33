using JaifPortal.Web.Pages.Shared;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Startup;

public static class ContentLicenceSetup
{
    public static WebApplicationBuilder AddContentLicence(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentLicenceOptions>()
            .Bind(builder.Configuration.GetSection(ContentLicenceOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ContentLicenceOptions>, ContentLicenceValidation>();
        return builder;
    }
}
