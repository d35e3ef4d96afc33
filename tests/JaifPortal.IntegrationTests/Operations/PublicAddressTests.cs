using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Operations;

public class PublicAddressTests
{
    [Fact]
    public async Task Production_refuses_to_start_without_the_public_address_and_names_the_setting()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString, new Dictionary<string, string> { ["environment"] = "Production" });

        var start = () => factory.CreateClient();

        start.Should().Throw<Exception>().Which.ToString().Should().Contain("Portal:PublicBaseUrl is not set")
            .And.Contain("Portal__PublicBaseUrl=https://");
    }
}
