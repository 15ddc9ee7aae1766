using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Verbatim.Benchmarks;

/// <summary>What the figures were measured on.</summary>
public sealed record Machine(int Cores, string Cpu, string Memory, string Os, string Dotnet, IReadOnlyList<string> ApertiumPackages)
{
    public static Machine Describe()
    {
        var cpu = ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
                  ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memKb = ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            ?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var memory = long.TryParse(memKb, out var kb) ? $"{kb / 1024.0 / 1024.0:F1} GiB" : "unknown";
        var os = ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?[12..].Trim('"')
                 ?? RuntimeInformation.OSDescription;
        os += $" (kernel {Environment.OSVersion.Version})";
        var packages = Run("dpkg-query", "-W", "-f=${Package} ${Version}\\n", "apertium", "apertium-fr-es", "apertium-eng-spa", "lttoolbox", "apertium-lex-tools")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new Machine(Environment.ProcessorCount, cpu, memory, os, RuntimeInformation.FrameworkDescription, packages);
    }

    private static IEnumerable<string> ReadLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];

    private static string Run(string file, params string[] args)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "";
        }
    }
}

/// <summary>Resident memory of this process and of the Apertium processes it started.</summary>
public sealed record MemorySnapshot(long ProcessRssBytes, long ChildrenRssBytes, int ChildProcesses, long ManagedHeapBytes)
{
    public static MemorySnapshot Take()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var (children, count) = DescendantsRss(Environment.ProcessId);
        return new MemorySnapshot(self.WorkingSet64, children, count, GC.GetTotalMemory(forceFullCollection: false));
    }

    /// <summary>Sums VmRSS over every descendant found through /proc/*/stat parent ids (Linux only).</summary>
    private static (long Bytes, int Count) DescendantsRss(int root)
    {
        if (!Directory.Exists("/proc"))
        {
            return (0, 0);
        }

        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // pid (comm) state ppid ...: comm may contain spaces, so parse after the last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        var descendants = new HashSet<int>();
        bool added;
        do
        {
            added = false;
            foreach (var (pid, ppid) in parents)
            {
                if ((ppid == root || descendants.Contains(ppid)) && descendants.Add(pid))
                {
                    added = true;
                }
            }
        }
        while (added);

        long bytes = 0;
        foreach (var pid in descendants)
        {
            try
            {
                var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                if (line is not null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kb))
                {
                    bytes += kb * 1024;
                }
            }
            catch (IOException)
            {
            }
        }

        return (bytes, descendants.Count);
    }
}
