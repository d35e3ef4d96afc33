using System.Globalization;

namespace JaifPortal.Web.Domain;

/// <summary>
/// Writes a key figure the way each language's readers write numbers: large yen amounts in
/// 兆/億/万 in Japanese and trillion/billion/million in English, counters (人, 名, 日間, 件) in Japanese.
/// </summary>
public static class KeyFigureFormatter
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(decimal value, FigureUnit unit, FigureApproximation approximation, string language) =>
        language == ContentLanguage.Japanese
            ? FormatJapanese(value, unit, approximation)
            : FormatEnglish(value, unit, approximation);

    public static string Format(KeyFigure figure, string language) =>
        Format(figure.Value, figure.Unit, figure.Approximation, language);

    private static string FormatEnglish(decimal value, FigureUnit unit, FigureApproximation approximation)
    {
        var number = unit == FigureUnit.Yen
            ? "¥" + ScaleEnglish(value)
            : ScaleEnglish(value) + " " + EnglishUnit(unit, value);
        return approximation switch
        {
            FigureApproximation.About => "about " + number,
            FigureApproximation.OrMore => number + " or more",
            FigureApproximation.ScaleOf => "on the scale of " + number,
            _ => number,
        };
    }

    private static string ScaleEnglish(decimal value)
    {
        (decimal Size, string Word)[] scales = [(1_000_000_000_000m, "trillion"), (1_000_000_000m, "billion"), (1_000_000m, "million")];
        foreach (var (size, word) in scales)
        {
            if (Math.Abs(value) >= size)
            {
                return (value / size).ToString("#,0.###", English) + " " + word;
            }
        }

        return value.ToString("#,0.###", English);
    }

    private static string EnglishUnit(FigureUnit unit, decimal value)
    {
        var singular = value == 1m;
        return unit switch
        {
            FigureUnit.People => singular ? "person" : "people",
            FigureUnit.Participants => singular ? "participant" : "participants",
            FigureUnit.Days => singular ? "day" : "days",
            FigureUnit.Years => singular ? "year" : "years",
            FigureUnit.Countries => singular ? "country" : "countries",
            FigureUnit.Memoranda => singular ? "MOU" : "MOUs",
            FigureUnit.Areas => singular ? "area" : "areas",
                _ => string.Empty,
        };
    }

    private static string FormatJapanese(decimal value, FigureUnit unit, FigureApproximation approximation)
    {
        var number = ScaleJapanese(value) + JapaneseCounter(unit);
        return approximation switch
        {
            FigureApproximation.About => "約" + number,
            FigureApproximation.OrMore => number + "以上",
            FigureApproximation.ScaleOf => number + "規模",
            _ => number,
        };
    }

    private static string ScaleJapanese(decimal value)
    {
        (decimal Size, string Word)[] scales = [(1_000_000_000_000m, "兆"), (100_000_000m, "億"), (10_000m, "万")];
        foreach (var (size, word) in scales)
        {
            // Japanese writes 1,000万 and 2.8兆 but 5,000 and 12,345: a scale word only where it stays short.
            if (Math.Abs(value) >= size && decimal.Round(value / size, 1) == value / size)
            {
                return (value / size).ToString("#,0.###", CultureInfo.InvariantCulture) + word;
            }
        }

        return value.ToString("#,0.###", CultureInfo.InvariantCulture);
    }

    private static string JapaneseCounter(FigureUnit unit) => unit switch
    {
        FigureUnit.Yen => "円",
        FigureUnit.People => "人",
        FigureUnit.Participants => "名",
        FigureUnit.Days => "日間",
        FigureUnit.Years => "年間",
        FigureUnit.Countries => "か国",
        FigureUnit.Memoranda => "件",
        FigureUnit.Areas => "分野",
        _ => string.Empty,
    };
}
