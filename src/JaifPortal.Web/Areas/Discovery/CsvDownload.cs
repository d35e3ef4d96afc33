using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Discovery;

/// <summary>A list as a CSV file: UTF-8 with a byte order mark, so spreadsheet programs read Japanese correctly.</summary>
public static class CsvDownload
{
    public static FileContentResult Create(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var output = new MemoryStream();
        using (var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader([.. header]);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. row.Select(value => value ?? string.Empty)]);
            }
        }

        return new FileContentResult(output.ToArray(), "text/csv; charset=utf-8") { FileDownloadName = fileName };
    }
}
