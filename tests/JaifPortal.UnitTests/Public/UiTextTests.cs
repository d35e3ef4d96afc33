using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.UnitTests.Public;

public class UiTextTests
{
    public static TheoryData<string> Languages => [.. ContentLanguage.Published];

    private static readonly Type[] ShownEnums =
    [
        typeof(InitiativeKind), typeof(InitiativeStatus), typeof(InitiativeStanding), typeof(InitiativeRole), typeof(EventRole),
        typeof(MilestoneStatus), typeof(OrganisationKind), typeof(CountryGroup),
    ];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Names_every_kind_status_and_role_a_visitor_can_see(string language)
    {
        var ui = UiText.For(language);

        var unnamed = ShownEnums
            .SelectMany(type => Enum.GetValues(type).Cast<Enum>())
            .Select(value => $"{value.GetType().Name}.{value}")
            .Where(name => PortalLanguages.CatalogOf(language).Find(TranslationCatalog.Key(nameof(UiText), name)) is null);

        unnamed.Should().BeEmpty();
        ui.Language.Should().Be(language);
    }

    [Fact]
    public void Japanese_labels_are_japanese_not_a_copy_of_the_english_ones()
    {
        var english = UiText.For(ContentLanguage.English);
        var japanese = UiText.For(ContentLanguage.Japanese);

        ShownEnums.SelectMany(type => Enum.GetValues(type).Cast<Enum>())
            .Where(value => english.Name(value) == japanese.Name(value)).Should().BeEmpty();
        japanese.NotFoundTitle.Should().NotBe(english.NotFoundTitle);
    }
}
