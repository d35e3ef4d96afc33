using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Localization;

public static class DateFormatting
{
    /// <summary>The date as a reader of the language expects it, at the stored precision and no finer (<see cref="FormatText"/>).</summary>
    public static string Format(this PartialDate date, string language) => FormatText.For(language).Date(date);
}
