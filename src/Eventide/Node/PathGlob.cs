namespace Eventide.NodeApi;

/// <summary>path.matchesGlob (experimental in node 20).</summary>
internal static class PathGlob
{
    public static bool Matches(PathFlavour path, string name, string pattern) => false;
}
