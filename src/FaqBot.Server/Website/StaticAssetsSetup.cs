using Microsoft.AspNetCore.Hosting.StaticWebAssets;

namespace FaqBot.Server.Website;

public static class StaticAssetsSetup
{
    // A build (dotnet run, dotnet test) leaves the gzip copies of wwwroot's files under obj/ and says where in the
    // runtime manifest; ASP.NET Core reads it by itself only in Development. Read it in every environment, so a
    // build run as Production serves the same compressed files; a published app has them all in wwwroot instead
    // (and no runtime manifest).
    //
    // And serve what the manifest says in every environment: fingerprinted files cached for a year, the build's own
    // gzip copies. (ASP.NET Core's development mode for a build's manifest sends everything no-cache and, when a
    // copied file's time differs from the manifest, gzip without compression.) A changed file gets a new fingerprint
    // at the next build anyway. Either key can still be set in the configuration.
    public static void UseBuildOutputAssets(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
        builder.Configuration["EnableStaticAssetsDevelopmentCaching"] ??= "true";
        var runtimeManifest = Path.Combine(AppContext.BaseDirectory, $"{builder.Environment.ApplicationName}.staticwebassets.runtime.json");
        if (!builder.Environment.IsDevelopment() && File.Exists(runtimeManifest))
        {
            StaticWebAssetsLoader.UseStaticWebAssets(builder.Environment, builder.Configuration);
        }
    }
}
