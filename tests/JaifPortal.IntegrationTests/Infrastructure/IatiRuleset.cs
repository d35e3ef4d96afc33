using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>A rule of the ruleset that a document breaks: its id, severity and message, and where.</summary>
public sealed record IatiRuleBroken(string Id, string Severity, string Message, string Where)
{
    public override string ToString() => $"{Severity} {Id} at {Where}: {Message}";
}

/// <summary>
/// The IATI Standard's 2.03 ruleset (IatiRulesets/2.03/standard.json, copied from the IATI-Rulesets repository) as a
/// checker: each context is an XPath 1.0 selection, each case a rule kind over XPath paths, as the IATI Validator reads
/// them. Every kind the file uses is evaluated; the cases that need the IATI organisation registry (idCondition) cannot
/// be checked offline and are listed by <see cref="Unchecked"/> instead of passing silently.
/// </summary>
public static class IatiRuleset
{
    private static readonly Lazy<JsonDocument> Rules = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "IatiRulesets", "2.03", "standard.json"))));

    private static readonly XmlNamespaceManager Namespaces = new(new NameTable());

    /// <summary>Every case of every rule the document breaks, errors and warnings alike, checked at the given time.</summary>
    public static IReadOnlyList<IatiRuleBroken> Check(XDocument document, DateTimeOffset now)
    {
        var broken = new List<IatiRuleBroken>();
        var root = document.CreateNavigator();
        foreach (var context in Rules.Value.RootElement.EnumerateObject())
        {
            var nodes = root.Select(context.Name, Namespaces);
            var index = 0;
            while (nodes.MoveNext())
            {
                index++;
                var node = nodes.Current!.Clone();
                var where = $"{context.Name}[{index}]";
                foreach (var kind in context.Value.EnumerateObject())
                {
                    foreach (var rule in kind.Value.GetProperty("cases").EnumerateArray())
                    {
                        CheckCase(kind.Name, rule, node, where, now, value => value, broken);
                    }
                }
            }
        }

        return broken;
    }

    /// <summary>The ids of the cases that need the IATI organisation registry, which a test cannot reach.</summary>
    public static IReadOnlyList<string> Unchecked =>
        [.. Rules.Value.RootElement.EnumerateObject()
            .SelectMany(context => context.Value.EnumerateObject())
            .SelectMany(kind => kind.Value.GetProperty("cases").EnumerateArray())
            .Where(rule => rule.TryGetProperty("idCondition", out _))
            .Select(rule => rule.GetProperty("ruleInfo").GetProperty("id").GetString()!)
            .Distinct()];

    private static void CheckCase(
        string kind, JsonElement rule, XPathNavigator node, string where, DateTimeOffset now, Func<string, string> bind, List<IatiRuleBroken> broken)
    {
        if (rule.TryGetProperty("idCondition", out _))
        {
            return;
        }

        if (kind == "loop")
        {
            // The paths of "do" name the looped value as $1; each distinct value is checked on its own.
            var values = Values(node, bind(rule.GetProperty("foreach").GetString()!)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var value in values)
            {
                foreach (var inner in rule.GetProperty("do").EnumerateObject())
                {
                    foreach (var innerCase in inner.Value.GetProperty("cases").EnumerateArray())
                    {
                        CheckCase(inner.Name, innerCase, node, where, now, path => bind(path).Replace("$1", value, StringComparison.Ordinal), broken);
                    }
                }
            }

            return;
        }

        if (rule.TryGetProperty("condition", out var condition) && !Boolean(node, bind(condition.GetString()!)))
        {
            return;
        }

        List<string> Paths(string name) => rule.TryGetProperty(name, out var paths) ? [.. paths.EnumerateArray().Select(p => bind(p.GetString()!))] : [];
        string? Path(string name) => rule.TryGetProperty(name, out var path) ? bind(path.GetString()!) : null;

        var holds = kind switch
        {
            "atleast_one" => Paths("paths").Any(path => Values(node, path).Count > 0),
            "no_more_than_one" => Paths("paths").Sum(path => Values(node, path).Count) <= 1,
            "one_or_all" => Values(node, Path("one")!).Count > 0 || All(node, Path("all")!),
            "unique" => Paths("paths").SelectMany(path => Values(node, path)).GroupBy(v => v, StringComparer.Ordinal).All(g => g.Count() == 1),
            "if_then" => !Boolean(node, Path("if")!) || Boolean(node, Path("then")!),
            "strict_sum" => Paths("paths").SelectMany(path => Values(node, path)).Sum(Number) == rule.GetProperty("sum").GetDecimal(),
            "range" => Paths("paths").SelectMany(path => Values(node, path)).Select(Number)
                .All(n => (!rule.TryGetProperty("min", out var min) || n >= min.GetDecimal()) && (!rule.TryGetProperty("max", out var max) || n <= max.GetDecimal())),
            "date_now" => Values(node, Path("date")!).All(date => Date(date) <= now),
            "date_order" => DatesInOrder(node, Path("less")!, Path("more")!, now),
            "time_limit" => Values(node, Path("start")!).Zip(Values(node, Path("end")!)).All(pair => Date(pair.Second) <= Date(pair.First).AddYears(1)),
            "between_dates" => Values(node, Path("date")!).All(date =>
                Values(node, Path("start")!).All(start => Date(start) <= Date(date)) && Values(node, Path("end")!).All(end => Date(date) <= Date(end))),
            "regex_matches" => Paths("paths").SelectMany(path => Values(node, path)).All(value => Regex.IsMatch(value, rule.GetProperty("regex").GetString()!)),
            "regex_no_matches" => !Paths("paths").SelectMany(path => Values(node, path)).Any(value => Regex.IsMatch(value, rule.GetProperty("regex").GetString()!)),
            "no_spaces" => Paths("paths").SelectMany(path => Values(node, path)).All(value => value.Trim() == value),
            "startswith" => Paths("paths").SelectMany(path => Values(node, path)).All(value =>
                Paths("prefix").SelectMany(prefix => Values(node, prefix)).Any(prefix => value.StartsWith(prefix + (rule.TryGetProperty("separator", out var s) ? s.GetString() : string.Empty), StringComparison.Ordinal))),
            _ => throw new NotSupportedException($"The ruleset uses a rule kind the check does not know: {kind}."),
        };
        if (!holds)
        {
            var info = rule.GetProperty("ruleInfo");
            broken.Add(new IatiRuleBroken(info.GetProperty("id").GetString()!, info.GetProperty("severity").GetString()!, info.GetProperty("message").GetString()!, where));
        }
    }

    /// <summary>"one_or_all": failing the one, every element of the kind must carry it itself.</summary>
    private static bool All(XPathNavigator node, string all) => all switch
    {
        "lang" => Values(node, ".//narrative[not(@xml:lang)]").Count == 0,
        "currency" => Values(node, ".//value[not(@currency)]").Count == 0,
        _ => Values(node, $"transaction[not({all})]").Count == 0,
    };

    private static bool DatesInOrder(XPathNavigator node, string less, string more, DateTimeOffset now)
    {
        var earlier = Values(node, less).Select(Date).ToList();
        var later = more == "NOW" ? [now] : Values(node, more).Select(Date).ToList();
        return earlier.All(e => later.All(l => e <= l));
    }

    private static List<string> Values(XPathNavigator node, string path)
    {
        var result = node.Evaluate(path, Namespaces);
        if (result is XPathNodeIterator iterator)
        {
            var values = new List<string>();
            while (iterator.MoveNext())
            {
                values.Add(iterator.Current!.Value);
            }

            return values;
        }

        return result is bool b ? (b ? ["true"] : []) : [Convert.ToString(result, CultureInfo.InvariantCulture)!];
    }

    private static bool Boolean(XPathNavigator node, string expression) => (bool)node.Evaluate($"boolean({expression})", Namespaces);

    private static decimal Number(string value) => decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static DateTimeOffset Date(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, value.Length == 10 ? DateTimeStyles.AssumeUniversal : DateTimeStyles.None);
}
