using JaifPortal.Web.Data.Generation;
using JaifPortal.Web.Domain;

namespace JaifPortal.UnitTests.Data;

public class SyntheticContentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    private static readonly ReferenceData Reference = new(
        [new(1, "VN", new("Viet Nam", "ベトナム")), new(2, "PH", new("Philippines", "フィリピン")), new(3, "JP", new("Japan", "日本"))],
        [new(1, "disaster-management", new("Disaster Management", "防災")), new(2, "unlisted-area", new("New Area", "新分野"))],
        [new(1, "jaif", new("Japan-ASEAN Integration Fund", "日ASEAN統合基金"), null), new(2, "jica", new("Japan International Cooperation Agency", "国際協力機構"), 3)]);

    private static GeneratedContent Build(int seed) =>
        new SyntheticContent(Reference, new FirstIds(10, 100, 1, 1000, 5000), seed, Now)
            .Build(new GenerationOptions { Initiatives = 60, Events = 40, Milestones = 200, Organisations = 12 });

    [Fact]
    public void The_same_seed_gives_the_same_records_and_another_seed_other_ones()
    {
        static IEnumerable<string> Names(GeneratedContent content) =>
            content.Initiatives.SelectMany(i => i.Translations.Select(t => i.Slug + t.Name + i.StartDate + i.Publication))
                .Concat(content.Milestones.Select(m => m.InitiativeId + m.Translations.First().Title + m.Date));

        Names(Build(seed: 3)).Should().Equal(Names(Build(seed: 3)));
        Names(Build(seed: 4)).Should().NotEqual(Names(Build(seed: 3)));
    }

    [Fact]
    public void Records_have_valid_generated_slugs_consecutive_ids_and_dates_in_order()
    {
        var content = Build(seed: 42);

        content.Initiatives.Select(i => i.Slug).Concat(content.Events.Select(e => e.Slug)).Concat(content.Organisations.Select(o => o.Slug))
            .Should().OnlyHaveUniqueItems().And.AllSatisfy(slug =>
            {
                slug.Should().StartWith(DataGenerator.SlugPrefix);
                Slug.IsValid(slug).Should().BeTrue(slug);
            });
        content.Initiatives.Select(i => i.Id).Should().Equal(Enumerable.Range(100, 60));
        content.Milestones.Select(m => m.Id).Should().Equal(Enumerable.Range(5000, 200));
        content.Initiatives.Where(i => i.EndDate is not null).Should().AllSatisfy(i => i.EndDate!.Start.Should().BeAfter(i.StartDate!.Start));
        content.Initiatives.Should().AllSatisfy(i => i.Translations.Should().ContainSingle(t => t.Language == i.OriginalLanguage && t.IsPublished));
        content.Initiatives.SelectMany(i => i.Translations).Select(t => t.Name)
            .Should().Contain(name => name.Contains("Disaster", StringComparison.Ordinal))
            .And.Contain(name => name.Contains("新分野", StringComparison.Ordinal), "an area without topics of its own is named by its title");
    }

    [Theory]
    [InlineData(new[] { "--initiatives", "-5" }, "--initiatives needs a whole number")]
    [InlineData(new[] { "--events" }, "--events needs a whole number")]
    [InlineData(new[] { "--milestones", "10", "--initiatives", "0" }, "Milestones belong to initiatives")]
    [InlineData(new[] { "--colour", "blue" }, "Unknown option --colour")]
    public void Options_it_cannot_use_are_explained(string[] args, string reason)
    {
        GenerationOptions.Parse(args, out var error).Should().BeNull();
        error.Should().StartWith(reason);
    }

    [Fact]
    public void Options_default_to_the_size_the_speed_targets_are_measured_at()
    {
        var options = GenerationOptions.Parse(["--seed", "7", "--force"], out _)!;

        options.Should().BeEquivalentTo(new { Initiatives = 10_000, Events = 20_000, Milestones = 100_000, OrganisationCount = 400, Seed = 7, Force = true, KeepExisting = false });
    }
}
