namespace JaifPortal.Web.Domain;

public enum DatePrecision
{
    Day = 0,
    Month = 1,
    Year = 2,

    /// <summary>A Japanese fiscal year (年度): April of the year to March of the next.</summary>
    FiscalYear = 3,
}
