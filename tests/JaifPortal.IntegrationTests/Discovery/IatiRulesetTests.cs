using System.Net;
using System.Xml.Linq;
using JaifPortal.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace JaifPortal.IntegrationTests.Discovery;

/// <summary>
/// The IATI export against the IATI Standard's ruleset, which the official IATI Validator applies beyond the schema:
/// no error-severity rule may be broken; warnings are written to the test output for JMT to weigh (docs/iati.md).
/// </summary>
public class IatiRulesetTests(SeededPortal portal, ITestOutputHelper output) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public void The_check_itself_finds_an_activity_without_a_recipient_country_or_region()
    {
        var activity = XDocument.Parse("""
            <iati-activities version="2.03"><iati-activity xml:lang="en" last-updated-datetime="2024-01-01T00:00:00Z">
              <iati-identifier>X-1</iati-identifier>
              <reporting-org ref="X" type="40"><narrative>X</narrative></reporting-org>
              <title><narrative>T</narrative></title>
              <description><narrative>D</narrative></description>
              <participating-org role="1"><narrative>O</narrative></participating-org>
              <activity-date type="1" iso-date="2024-01-01"/>
              <recipient-country code="VN" percentage="60"/>
              <recipient-country code="TH" percentage="30"/>
              <sector vocabulary="99" code="a"><narrative>A</narrative></sector>
            </iati-activity></iati-activities>
            """);
        var withoutRecipient = new XDocument(activity);
        withoutRecipient.Descendants("recipient-country").Remove();

        IatiRuleset.Check(activity, DateTimeOffset.UtcNow).Where(rule => rule.Severity == "error").Select(rule => rule.Id)
            .Should().Equal(["3.1.2"], "the countries' percentages add up to 90");
        IatiRuleset.Check(withoutRecipient, DateTimeOffset.UtcNow).Where(rule => rule.Severity == "error").Select(rule => rule.Id)
            .Should().Equal("3.7.1");
    }

    [Theory]
    [InlineData("/en/initiatives.iati.xml")]
    [InlineData("/ja/initiatives.iati.xml")]
    public async Task The_export_breaks_no_error_of_the_iati_ruleset(string address)
    {
        var response = await _client.GetAsync(address);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());

        var broken = IatiRuleset.Check(document, DateTimeOffset.UtcNow);

        foreach (var warning in broken.Where(rule => rule.Severity != "error").GroupBy(rule => (rule.Id, rule.Message)))
        {
            output.WriteLine($"warning {warning.Key.Id} ({warning.Count()} times): {warning.Key.Message}");
        }

        output.WriteLine($"Not checked (they need the IATI organisation registry): {string.Join(", ", IatiRuleset.Unchecked)}");
        document.Root!.Elements("iati-activity").Should().NotBeEmpty();
        broken.Where(rule => rule.Severity == "error").Should().BeEmpty();
    }

    [Fact]
    public async Task A_regional_initiative_declares_the_oecd_dac_region_of_the_asean_member_states()
    {
        var document = XDocument.Parse(await _client.GetStringAsync("/en/initiatives.iati.xml"));

        var regional = document.Root!.Elements("iati-activity").Where(a => !a.Elements("recipient-country").Any()).ToList();
        regional.Should().NotBeEmpty();
        regional.Should().AllSatisfy(activity =>
        {
            var region = activity.Elements("recipient-region").Should().ContainSingle().Subject;
            ((string?)region.Attribute("code")).Should().Be("789");
            ((string?)region.Attribute("vocabulary")).Should().Be("1");
            region.Elements("narrative").Select(n => n.Value).Should().Equal("Far East Asia, regional", "極東アジア地域");
        });
    }
}
