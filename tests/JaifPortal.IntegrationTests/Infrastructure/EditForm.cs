using AngleSharp.Html.Dom;

namespace JaifPortal.IntegrationTests.Infrastructure;

public static class EditForm
{
    /// <summary>
    /// The fields of an edit form as the page shows them now, so a test can change one and post the rest
    /// unchanged, the way a browser would.
    /// </summary>
    public static async Task<Dictionary<string, string>> ReadAsync(HttpClient client, string editPage) =>
        Read(await HtmlPage.ParseAsync(await client.GetAsync(editPage)));

    /// <summary>The fields of the edit form on a page already read (a conflict page, say), as a browser would post them.</summary>
    public static Dictionary<string, string> Read(AngleSharp.Dom.IDocument page)
    {
        var fields = new Dictionary<string, string>();
        var listCounts = new Dictionary<string, int>();

        void AddToList(string name, string value)
        {
            // Lists bind from indexed names too, which a dictionary of fields can carry.
            var index = listCounts.GetValueOrDefault(name);
            listCounts[name] = index + 1;
            fields[$"{name}[{index}]"] = value;
        }

        foreach (var element in page.QuerySelectorAll("form.editor input[name], form.editor textarea[name], form.editor select[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                    break;
                case IHtmlInputElement { Type: "checkbox" } box when name.EndsWith("Slugs", StringComparison.Ordinal) || name.EndsWith("Codes", StringComparison.Ordinal):
                    AddToList(name, box.Value);
                    break;
                case IHtmlInputElement input:
                    // Like the model binder, the first value of a name wins (a ticked box before its hidden "false").
                    fields.TryAdd(name, input.Value);
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
                case IHtmlSelectElement { IsMultiple: true } multiple:
                    foreach (var option in multiple.SelectedOptions)
                    {
                        AddToList(name, option.Value);
                    }

                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.Value ?? string.Empty;
                    break;
            }
        }

        fields.Remove("__RequestVerificationToken");
        return fields;
    }
}
