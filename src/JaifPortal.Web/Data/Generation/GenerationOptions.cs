using System.Globalization;

namespace JaifPortal.Web.Data.Generation;

/// <summary>
/// What the data generator makes. The defaults are the size the search and dashboard targets are
/// measured at: 10,000 initiatives, 20,000 events and 100,000 milestones.
/// </summary>
public sealed record GenerationOptions
{
    public const string Usage =
        "Usage: generate-data [--initiatives N] [--events N] [--milestones N] [--organisations N] [--seed N] [--force] [--keep-existing]\n" +
        "  Defaults: 10000 initiatives, 20000 events, 100000 milestones, one organisation per 25 initiatives (at least 10), seed 42.\n" +
        "  --force          also when the database holds more than the seed content (earlier generated records are replaced)\n" +
        "  --keep-existing  do nothing, successfully, when the database already holds generated records";

    private const int MaxCount = 1_000_000;

    public int Initiatives { get; init; } = 10_000;

    public int Events { get; init; } = 20_000;

    public int Milestones { get; init; } = 100_000;

    /// <summary>Generated organisations, on top of the seeded ones; null for one per 25 initiatives.</summary>
    public int? Organisations { get; init; }

    public int Seed { get; init; } = 42;

    public bool Force { get; init; }

    public bool KeepExisting { get; init; }

    public int OrganisationCount => Organisations ?? Math.Max(10, Initiatives / 25);

    private static readonly Dictionary<string, Func<GenerationOptions, int, GenerationOptions>> NumberOptions = new(StringComparer.Ordinal)
    {
        ["--initiatives"] = (options, number) => options with { Initiatives = number },
        ["--events"] = (options, number) => options with { Events = number },
        ["--milestones"] = (options, number) => options with { Milestones = number },
        ["--organisations"] = (options, number) => options with { Organisations = number },
        ["--seed"] = (options, number) => options with { Seed = number },
    };

    /// <summary>Reads the command's options; returns null with a reason for anything it does not understand.</summary>
    public static GenerationOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new GenerationOptions();
        error = null;
        for (var index = 0; index < args.Count; index++)
        {
            var option = args[index];
            if (option == "--force")
            {
                options = options with { Force = true };
            }
            else if (option == "--keep-existing")
            {
                options = options with { KeepExisting = true };
            }
            else if (!NumberOptions.TryGetValue(option, out var set))
            {
                error = $"Unknown option {option}.";
                return null;
            }
            else if (index + 1 < args.Count
                && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && number <= MaxCount)
            {
                options = set(options, number);
                index++;
            }
            else
            {
                error = $"{option} needs a whole number from 0 to {MaxCount:N0}.";
                return null;
            }
        }

        if (options.Milestones > 0 && options.Initiatives == 0)
        {
            error = "Milestones belong to initiatives: generate at least one initiative.";
            return null;
        }

        return options;
    }
}
