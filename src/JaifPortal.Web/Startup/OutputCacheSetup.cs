using JaifPortal.Web.Data;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using StackExchange.Redis;

namespace JaifPortal.Web.Startup;

public static class OutputCacheSetup
{
    /// <summary>The connection string that puts the copies in Redis, shared by every instance; without it each instance keeps its own.</summary>
    public const string RedisConnectionStringName = "Redis";

    private const string RedisStoreKey = "redis";

    /// <summary>ASP.NET Core's output cache for public answers, with the rules of <see cref="PublicPageCache"/> as its only policy.</summary>
    public static WebApplicationBuilder AddPortalOutputCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PublicPageCache>();
        builder.Services.AddSingleton<IContentChangeObserver, PublicPageEviction>();
        builder.Services.AddOutputCache(options => options.AddBasePolicy(policy => policy.AddPolicy<PublicPageCache>(), excludeDefaultPolicy: true));
        if (builder.Configuration.GetConnectionString(RedisConnectionStringName) is { Length: > 0 } redis)
        {
            AddRedisCopies(builder.Services, redis);
        }

        return builder;
    }

    /// <summary>After routing (the policy reads the endpoint's <see cref="PublicCacheAttribute"/>), before anything that only computed answers need.</summary>
    public static IApplicationBuilder UsePortalOutputCache(this IApplicationBuilder app) =>
        app.UseOutputCache().UsePublicEntityTags();

    private static void AddRedisCopies(IServiceCollection services, string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        // Start and keep serving while Redis is away: connect in the background, fail commands at once instead of queueing them.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(configuration));
        services.AddStackExchangeRedisOutputCache(options => options.InstanceName = "jaifportal:");
        services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider>((options, provider) =>
            options.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()));

        // ASP.NET Core's Redis store, kept under a key of its own and used through SharedCopies.
        var redisStore = services.Last(descriptor => descriptor.ServiceType == typeof(IOutputCacheStore));
        services.Remove(redisStore);
        services.Add(ServiceDescriptor.KeyedSingleton(typeof(IOutputCacheStore), RedisStoreKey, redisStore.ImplementationType!));
        services.AddSingleton<IOutputCacheStore>(provider => new SharedCopies(
            (IOutputCacheBufferStore)provider.GetRequiredKeyedService<IOutputCacheStore>(RedisStoreKey),
            provider.GetRequiredService<IConnectionMultiplexer>(),
            provider.GetRequiredService<ILogger<SharedCopies>>()));
    }
}
