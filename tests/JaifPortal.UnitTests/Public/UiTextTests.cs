using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.UnitTests.Public;

public class UiTextTests
{
    public static TheoryData<string> Languages => [.. ContentLanguage.Published];

    private static readonly Type[] ShownEnums =
    [
        typeof(InitiativeKind), typeof(InitiativeStatus), typeof(InitiativeRole), typeof(EventRole),
        typeof(MilestoneStatus), typeof(OrganisationKind), typeof(CountryGroup),
    ];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Names_every_kind_status_and_role_a_visitor_can_see(string language)
    {
        var ui = UiText.For(language);

        var unnamed = ShownEnums
            .SelectMany(type => Enum.GetValues(type).Cast<Enum>())
            .Where(value => !ui.EnumNames.ContainsKey(value))
            .Select(value => $"{value.GetType().Name}.{value}");

        unnamed.Should().BeEmpty();
        ui.Language.Should().Be(language);
    }

    [Fact]
    public void Japanese_labels_are_japanese_not_a_copy_of_the_english_ones()
    {
        var english = UiText.English.EnumNames;
        var japanese = UiText.Japanese.EnumNames;

        japanese.Where(pair => english[pair.Key] == pair.Value).Should().BeEmpty();
        UiText.Japanese.NotFoundTitle.Should().NotBe(UiText.English.NotFoundTitle);
    }
}
