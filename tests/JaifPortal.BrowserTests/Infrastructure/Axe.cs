using System.Text.Json;
using Microsoft.Playwright;

namespace JaifPortal.BrowserTests.Infrastructure;

/// <summary>axe-core (installed from npm by `make test`) run on a page for WCAG 2.2 AA; the page's context must bypass the CSP.</summary>
public static class Axe
{
    private static readonly string AxePath = Path.Combine(AppContext.BaseDirectory, "axe.min.js");

    /// <summary>Each serious or critical violation as "rule: help target, …".</summary>
    public static async Task<IReadOnlyList<string?>> SeriousViolationsAsync(IPage page)
    {
        File.Exists(AxePath).Should().BeTrue("axe-core is installed from npm by `make test` (npm ci in tests/JaifPortal.BrowserTests)");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxePath });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
        return [.. result.EnumerateArray().Select(v => v.GetString())];
    }
}
