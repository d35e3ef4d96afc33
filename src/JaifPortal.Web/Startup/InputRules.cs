using JaifPortal.Web.Areas.Admin;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Primitives;

namespace JaifPortal.Web.Startup;

/// <summary>
/// What every page may assume about what it is sent, so no page has to guard against it on its own:
/// text never holds a NUL character (PostgreSQL refuses one outright, which made a 500 of any filter
/// or search that reached it), and a date is one the portal can calculate with.
/// </summary>
public static class InputRules
{
    /// <summary>The dates a form or address may give: wide enough for any record, narrow enough that adding a time zone or a day cannot overflow.</summary>
    public static readonly DateOnly EarliestDate = new(1000, 1, 1);

    public static readonly DateOnly LatestDate = new(9000, 12, 31);

    public static WebApplicationBuilder AddInputRules(this WebApplicationBuilder builder)
    {
        builder.Services.PostConfigure<MvcOptions>(options =>
        {
            // A filter of MvcOptions runs for every page, the areas' too; RazorPagesOptions' ConfigureFilter would
            // reach only the pages outside the areas (it is a convention on the folder "/").
            options.Filters.Add(new NoNulInText());
            options.ModelBinderProviders.Insert(0, new DatesInRange());

            // Model binding reads its own copy of the query and the form: its values are cleaned as they are read.
            for (var i = 0; i < options.ValueProviderFactories.Count; i++)
            {
                options.ValueProviderFactories[i] = new NoNulValues(options.ValueProviderFactories[i]);
            }
        });
        return builder;
    }

    /// <summary>Replaces NUL in the address's query and route values and in form fields, before binding and before any page reads them, as a decoder replaces an invalid byte.</summary>
    private sealed class NoNulInText : IAsyncResourceFilter
    {
        public const string Replacement = "\uFFFD";

        public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
        {
            var request = context.HttpContext.Request;
            if (Clean(request.Query) is { } query)
            {
                request.Query = new QueryCollection(query);
            }

            if (request.HasFormContentType && context.HttpContext.Features.Get<IFormFeature>()?.Form is { } form && Clean(form) is { } fields)
            {
                request.Form = new FormCollection(fields, form.Files);
            }

            foreach (var (key, value) in context.RouteData.Values.ToList())
            {
                if (value is string text && text.Contains('\0', StringComparison.Ordinal))
                {
                    context.RouteData.Values[key] = Replace(text);
                }
            }

            await next();
        }

        /// <returns>The values with NUL replaced, or null when none held one.</returns>
        private static Dictionary<string, StringValues>? Clean(IEnumerable<KeyValuePair<string, StringValues>> values)
        {
            var pairs = values.ToList();
            if (!pairs.Any(pair => pair.Key.Contains('\0', StringComparison.Ordinal) || pair.Value.Any(value => value?.Contains('\0', StringComparison.Ordinal) == true)))
            {
                return null;
            }

            return pairs
                .GroupBy(pair => Replace(pair.Key)!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(group => group.Key, group => new StringValues([.. group.SelectMany(pair => pair.Value).Select(Replace)]), StringComparer.OrdinalIgnoreCase);
        }
    }

    private static string? Replace(string? text) => text?.Replace("\0", NoNulInText.Replacement, StringComparison.Ordinal);

    /// <summary>The values a value provider gives to model binding, with NUL replaced.</summary>
    private sealed class NoNulValues(IValueProviderFactory inner) : IValueProviderFactory
    {
        public async Task CreateValueProviderAsync(ValueProviderFactoryContext context)
        {
            var before = context.ValueProviders.Count;
            await inner.CreateValueProviderAsync(context);
            for (var i = before; i < context.ValueProviders.Count; i++)
            {
                context.ValueProviders[i] = Provider.Wrap(context.ValueProviders[i]);
            }
        }

        private sealed class Provider(IValueProvider inner) : IEnumerableValueProvider, IBindingSourceValueProvider, IKeyRewriterValueProvider
        {
            public static IValueProvider Wrap(IValueProvider provider) => provider is Provider ? provider : new Provider(provider);

            public bool ContainsPrefix(string prefix) => inner.ContainsPrefix(prefix);

            public ValueProviderResult GetValue(string key)
            {
                var result = inner.GetValue(key);
                return result.Values.Any(value => value?.Contains('\0', StringComparison.Ordinal) == true)
                    ? new ValueProviderResult(new StringValues([.. result.Values.Select(Replace)]), result.Culture)
                    : result;
            }

            public IDictionary<string, string> GetKeysFromPrefix(string prefix) =>
                inner is IEnumerableValueProvider enumerable ? enumerable.GetKeysFromPrefix(prefix) : new Dictionary<string, string>();

            public IValueProvider? Filter(BindingSource bindingSource) =>
                inner is IBindingSourceValueProvider sourced ? sourced.Filter(bindingSource) is { } filtered ? Wrap(filtered) : null : this;

            public IValueProvider? Filter() =>
                inner is IKeyRewriterValueProvider rewriter ? rewriter.Filter() is { } filtered ? Wrap(filtered) : null : this;
        }
    }

    /// <summary>Binds dates, times and their nullable forms only within <see cref="EarliestDate"/>–<see cref="LatestDate"/>; others are "not valid", in the reader's language.</summary>
    private sealed class DatesInRange : IModelBinderProvider
    {
        private static readonly Type[] DateTypes = [typeof(DateTime), typeof(DateOnly), typeof(DateTimeOffset)];

        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            DateTypes.Contains(context.Metadata.UnderlyingOrModelType)
                ? new Binder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
                : null;

        private sealed class Binder(IModelBinder inner) : IModelBinder
        {
            public async Task BindModelAsync(ModelBindingContext bindingContext)
            {
                await inner.BindModelAsync(bindingContext);
                var day = bindingContext.Result.Model switch
                {
                    DateTime dateTime => DateOnly.FromDateTime(dateTime),
                    DateOnly date => date,
                    DateTimeOffset dateTimeOffset => DateOnly.FromDateTime(dateTimeOffset.UtcDateTime),
                    _ => (DateOnly?)null,
                };
                if (day is { } value && (value < EarliestDate || value > LatestDate))
                {
                    bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, AdminText.For(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).ValueNotValid);
                    bindingContext.Result = ModelBindingResult.Failed();
                }
            }
        }
    }
}
