using System.Collections;
using System.Reflection;
using JaifPortal.Web.Data;
using JaifPortal.Web.Data.Seeding;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.UnitTests.Data;

/// <summary>The seed content, checked without a database: complete in both languages and consistent.</summary>
public class SeedContentTests
{
    private static readonly SeedContent Content = ContentSeeder.LoadEmbeddedContent();

    [Fact]
    public void Every_text_of_every_record_exists_in_english_and_japanese()
    {
        var incomplete = TextDictionaries(Content)
            .Where(entry => !ContentLanguage.Published.All(entry.Texts.Contains))
            .Select(entry => entry.Path)
            .ToList();

        incomplete.Should().BeEmpty();
    }

    [Fact]
    public void Slugs_are_readable_url_segments_and_unique_per_record_type()
    {
        var slugs = new Dictionary<string, IEnumerable<string>>
        {
            ["initiatives"] = Content.Initiatives.Select(i => i.Slug),
            ["events"] = Content.Events.Select(e => e.Slug),
            ["organisations"] = Content.Organisations.Select(o => o.Slug),
            ["people"] = Content.People.Select(p => p.Slug),
            ["countries"] = Content.Countries.Select(c => c.Slug),
            ["areas"] = Content.Pillars.SelectMany(p => p.Areas).Select(a => a.Slug),
            ["pillars"] = Content.Pillars.Select(p => p.Slug),
        };

        foreach (var (kind, values) in slugs)
        {
            values.Should().OnlyContain(slug => Slug.IsValid(slug), $"{kind} need valid slugs").And.OnlyHaveUniqueItems(kind);
        }
    }

    [Fact]
    public void Every_reference_resolves_and_every_date_parses()
    {
        using var db = new PortalDbContext(PortalDatabase.Options("Host=unused", TimeProvider.System));

        var map = () => new SeedMapper(db, DateTimeOffset.UnixEpoch).AddAll(Content);

        map.Should().NotThrow();
    }

    [Fact]
    public void The_plans_table_has_eight_twelve_and_eleven_areas()
    {
        Content.Pillars.Select(p => p.Areas.Count).Should().Equal(8, 12, 11);
        Content.Pillars.Select(p => p.Text["en"].Name).Should().Equal(
            "Heart-to-Heart Partners across Generations",
            "Partners for Co-creation of Economy and Society of the Future",
            "Partners for Peace and Stability");
        Content.Pillars.Select(p => p.Text["ja"].Name).Should().Equal(
            "世代を超えた心と心のパートナー", "未来の経済・社会を共創するパートナー", "平和と安定のためのパートナー");
    }

    [Theory]
    [InlineData("jenesys")]
    [InlineData("sseayp")]
    [InlineData("wa-project-2-0")]
    [InlineData("nihongo-partners")]
    [InlineData("chiang-mai-declaration")]
    [InlineData("azec")]
    [InlineData("asia-zero-emission-center")]
    [InlineData("space")]
    [InlineData("aomi")]
    [InlineData("comprehensive-connectivity-initiative")]
    [InlineData("luang-prabang-action-plan")]
    [InlineData("rapid-financing-facility")]
    [InlineData("jasmine")]
    [InlineData("midori-cooperation-plan")]
    public void The_programmes_the_sources_name_are_all_there(string slug)
    {
        Content.Initiatives.Should().Contain(i => i.Slug == slug);
    }

    [Fact]
    public void Official_english_names_are_used_and_their_confidence_recorded()
    {
        var byslug = Content.Initiatives.ToDictionary(i => i.Slug);

        byslug["sseayp"].Text["en"].Name.Should().Be("Ship for Southeast Asian and Japanese Youth Program");
        byslug["sseayp"].Text["en"].NameConfidence.Should().Be(NameConfidence.Confirmed);
        byslug["space"].Text["en"].Name.Should().Be("Strategic Program for ASEAN Climate and Environment");
        byslug["azec"].Text["en"].Name.Should().Be("Asia Zero Emission Community");
        byslug["luang-prabang-action-plan"].Text["en"].NameConfidence.Should().Be(NameConfidence.Unconfirmed);
        byslug["jasmine"].Text["en"].NameConfidence.Should().Be(NameConfidence.Likely);
    }

    [Fact]
    public void Figures_are_given_as_the_source_gives_them()
    {
        var figures = Content.Initiatives.SelectMany(i => i.Figures.Select(f => (i.Slug, f.Value, f.Unit, f.Approximation))).ToList();

        figures.Should().Contain(("comprehensive-connectivity-initiative", 2_800_000_000_000m, FigureUnit.Yen, FigureApproximation.ScaleOf));
        figures.Should().Contain(("comprehensive-connectivity-initiative", 5_000m, FigureUnit.People, FigureApproximation.Exact));
        figures.Should().Contain(("sseayp", 160m, FigureUnit.Participants, FigureApproximation.About));
        figures.Should().Contain(("sseayp", 38m, FigureUnit.Days, FigureApproximation.Exact));
        figures.Should().Contain(("wa-project-2-0", 10_000_000m, FigureUnit.People, FigureApproximation.OrMore));
    }

    /// <summary>Every "Text" dictionary anywhere in the content, found by walking the object graph.</summary>
    private static IEnumerable<(string Path, IEnumerable<string> Texts)> TextDictionaries(object node, string path = "content")
    {
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var value = property.GetValue(node);
            if (value is null || value is string || property.PropertyType.IsValueType)
            {
                continue;
            }

            var childPath = $"{path}.{property.Name}";
            if (property.Name == "Text" && value is IDictionary texts)
            {
                yield return (childPath, texts.Keys.Cast<string>().ToList());
            }
            else if (value is IEnumerable items and not IDictionary)
            {
                var index = 0;
                foreach (var item in items)
                {
                    foreach (var entry in TextDictionaries(item, $"{childPath}[{index++}]"))
                    {
                        yield return entry;
                    }
                }
            }
            else if (value.GetType().Namespace == typeof(SeedContent).Namespace)
            {
                foreach (var entry in TextDictionaries(value, childPath))
                {
                    yield return entry;
                }
            }
        }
    }
}
