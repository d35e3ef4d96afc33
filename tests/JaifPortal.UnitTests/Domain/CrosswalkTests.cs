using JaifPortal.Web.Areas.Admin.Pages.Crosswalk;
using JaifPortal.Web.Data.Seeding;
using JaifPortal.Web.Domain;

namespace JaifPortal.UnitTests.Domain;

/// <summary>The fixed lists the crosswalk maps onto, and JMT's initial mapping, checked without a database.</summary>
public class CrosswalkTests
{
    public static TheoryData<string> Languages => [.. ContentLanguage.Published];

    [Theory]
    [MemberData(nameof(Languages))]
    public void All_17_goals_and_3_asean_pillars_are_named_in_every_language(string language)
    {
        var names = CrosswalkNames.For(language);

        names.Language.Should().Be(language);
        CrosswalkLists.Goals.Should().Equal(Enumerable.Range(1, 17));
        names.Goals.Should().HaveCount(17).And.OnlyHaveUniqueItems().And.NotContain(name => string.IsNullOrWhiteSpace(name));
        CrosswalkLists.Communities.Select(names.Community).Should().HaveCount(3).And.OnlyHaveUniqueItems().And.NotContain(name => string.IsNullOrWhiteSpace(name));
    }

    [Fact]
    public void Names_are_the_official_ones_in_each_language()
    {
        CrosswalkNames.English.Goal(13).Should().Be("SDG 13: Climate Action");
        CrosswalkNames.English.Goal(17).Should().Be("SDG 17: Partnerships for the Goals");
        CrosswalkNames.Japanese.Goal(1).Should().Be("目標1 貧困をなくそう");
        CrosswalkNames.Japanese.Goal(16).Should().Be("目標16 平和と公正をすべての人に");
        CrosswalkNames.Japanese.Community(AseanCommunity.PoliticalSecurity).Should().Be("ASEAN政治・安全保障共同体");
        CrosswalkNames.Japanese.Community(AseanCommunity.Economic).Should().Be("ASEAN経済共同体");
        CrosswalkNames.Japanese.Community(AseanCommunity.SocioCultural).Should().Be("ASEAN社会・文化共同体");
        CrosswalkNames.English.Community(AseanCommunity.SocioCultural).Should().Be("ASEAN Socio-Cultural Community");
        CrosswalkNames.Japanese.Goals.Zip(CrosswalkNames.English.Goals).Should().NotContain(pair => pair.First == pair.Second);
    }

    [Theory]
    [InlineData("APSC", AseanCommunity.PoliticalSecurity)]
    [InlineData("aec", AseanCommunity.Economic)]
    [InlineData(" ASCC ", AseanCommunity.SocioCultural)]
    public void Abbreviations_name_the_communities(string code, AseanCommunity community)
    {
        CrosswalkLists.CommunityOf(code).Should().Be(community);
        community.Code().Should().Be(code.Trim().ToUpperInvariant());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ASEAN")]
    [InlineData("Economic")]
    public void Anything_else_names_no_community(string? code) => CrosswalkLists.CommunityOf(code).Should().BeNull();

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(17, true)]
    [InlineData(18, false)]
    [InlineData(-3, false)]
    public void Only_1_to_17_are_goals(int number, bool isGoal) => CrosswalkLists.IsGoal(number).Should().Be(isGoal);

    [Fact]
    public void The_seed_crosswalk_maps_every_area_of_the_plan_to_a_known_pillar_and_goal()
    {
        var crosswalk = ContentSeeder.LoadEmbeddedCrosswalk();
        var areas = ContentSeeder.LoadEmbeddedContent().Pillars.SelectMany(p => p.Areas).Select(a => a.Slug).ToList();

        areas.Should().HaveCount(31);
        crosswalk.Areas.Keys.Should().BeEquivalentTo(areas);
        crosswalk.Areas.Values.Should().OnlyContain(area =>
            area.AseanCommunities.Count > 0 && area.AseanCommunities.All(code => CrosswalkLists.CommunityOf(code) != null)
            && area.Goals.Count > 0 && area.Goals.All(CrosswalkLists.IsGoal));
        crosswalk.Areas["disaster-management"].Goals.Should().BeEquivalentTo([11, 13]);
        crosswalk.Areas["energy-and-critical-minerals"].AseanCommunities.Should().Equal("AEC");
    }

    [Fact]
    public void A_revision_snapshot_round_trips_the_chosen_boxes_and_the_audit_line_names_them()
    {
        var before = CrosswalkSnapshot.Of(new CrosswalkForm { Communities = ["ASCC"], Goals = [11, 13] });
        var after = CrosswalkSnapshot.Of(new CrosswalkForm { Communities = ["apsc", "ASCC"], Goals = [3, 11, 13] });

        after.ToForm().Communities.Should().BeEquivalentTo("APSC", "ASCC");
        after.ToForm().Goals.Should().BeEquivalentTo([3, 11, 13]);
        after.Goals.Should().HaveCount(17);
        CrosswalkSnapshot.Describe(before, after).Should().Be("ASEAN: ASCC → APSC, ASCC; SDGs: 11, 13 → 3, 11, 13");
    }
}
