using System.Security.Cryptography;
using Microsoft.IO;
using Microsoft.Net.Http.Headers;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// Gives every public answer (<see cref="PublicCacheAttribute"/>) a strong ETag, a hash of its bytes, and
/// answers 304 when the visitor already holds those bytes. It sits inside the output cache, so it runs only
/// when an answer is computed; the output cache keeps the ETag with its copy and answers 304 for copies
/// itself. A hash of the bytes is the same on every instance, so a validator from one instance holds on another.
/// </summary>
public static class EntityTags
{
    /// <summary>Pooled buffers for the answers being hashed: every computed public answer passes through one.</summary>
    private static readonly RecyclableMemoryStreamManager Buffers = new();

    public static IApplicationBuilder UsePublicEntityTags(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                || context.GetEndpoint()?.Metadata.GetMetadata<PublicCacheAttribute>() is null)
            {
                await next(context);
                return;
            }

            var response = context.Response;
            var destination = response.Body;
            await using var buffer = Buffers.GetStream();
            response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                response.Body = destination;
            }

            if (response.StatusCode == StatusCodes.Status200OK && response.Headers.ETag.Count == 0)
            {
                buffer.Position = 0;
                var tag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(await SHA256.HashDataAsync(buffer, context.RequestAborted))[..32] + "\"");
                var headers = response.GetTypedHeaders();
                headers.ETag = tag;
                // Browsers may keep the answer but ask each time whether it still holds (a 304 costs a few bytes).
                headers.CacheControl ??= new CacheControlHeaderValue { NoCache = true };
                if (request.GetTypedHeaders().IfNoneMatch.Any(held => held.Equals(EntityTagHeaderValue.Any) || held.Compare(tag, useStrongComparison: false)))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    response.ContentLength = null;
                    response.Headers.ContentType = default;
                    return;
                }
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(destination, context.RequestAborted);
        });
}
