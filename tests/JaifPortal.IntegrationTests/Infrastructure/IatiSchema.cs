using System.Xml;
using System.Xml.Schema;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>The IATI 2.03 activity schema (IatiSchemas/2.03, copied from the IATI-Schemas repository), as a validator.</summary>
public static class IatiSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        // The activity schema includes iati-common.xsd and imports xml.xsd from its own folder.
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "IatiSchemas", "2.03", "iati-activities-schema.xsd"));
        schemas.Compile();
        return schemas;
    });

    /// <summary>
    /// Every error the schema finds, with its line and position; empty when the document is valid.
    /// (Warnings are not asked for: the schema lets extension attributes in other namespaces through
    /// unchecked and would warn about each one.)
    /// </summary>
    public static IReadOnlyList<string> Problems(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value };
        settings.ValidationEventHandler += (_, e) => problems.Add($"line {e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }
}
