using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JaifPortal.Web.Startup;

public static class HandledMethods
{
    /// <summary>
    /// Each page answers only the methods it has handlers for (GET and HEAD always: a page renders
    /// without a handler). TRACE, PUT, DELETE and the like get 405 with an Allow header from routing,
    /// before sign-in or antiforgery, instead of the page rendered as if it were a GET.
    /// </summary>
    public static WebApplicationBuilder AddHandledMethodsOnly(this WebApplicationBuilder builder)
    {
        // After AddRazorPages, which replaces the convention collection wherever this is called.
        builder.Services.PostConfigure<RazorPagesOptions>(options => options.Conventions.Add(new PageMethodsConvention()));
        return builder;
    }

    private sealed class PageMethodsConvention : IPageApplicationModelConvention
    {
        public void Apply(PageApplicationModel model) =>
            model.EndpointMetadata.Add(new HttpMethodMetadata([.. model.HandlerMethods
                .Select(handler => handler.HttpMethod.ToUpperInvariant())
                .Append(HttpMethods.Get)
                .Append(HttpMethods.Head)
                .Distinct()]));
    }
}
