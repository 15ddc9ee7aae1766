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
        var descendants = ProcessTree.Descendants(root);
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

/// <summary>
/// CPU time (user + system) spent by this process and everything it started: its own time, the
/// time of children it has reaped (cutime/cstime, which include their reaped descendants) and the
/// time of descendants still running. Unlike wall time, it barely moves when other work shares the
/// machine, so it is the fairer cost comparison on a busy box. Linux only (zero elsewhere).
/// </summary>
public static class CpuClock
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static TimeSpan Now()
    {
        if (!File.Exists("/proc/self/stat"))
        {
            return TimeSpan.Zero;
        }

        var ticks = Ticks(Environment.ProcessId, includeChildren: true);
        foreach (var pid in ProcessTree.Descendants(Environment.ProcessId))
        {
            ticks += Ticks(pid, includeChildren: true);
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static long Ticks(int pid, bool includeChildren)
    {
        try
        {
            var fields = ProcessTree.StatFields(File.ReadAllText($"/proc/{pid}/stat"));
            // After "pid (comm)": state=0 ppid=1 ... utime=11 stime=12 cutime=13 cstime=14.
            var t = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture)
                    + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            if (includeChildren)
            {
                t += long.Parse(fields[13], System.Globalization.CultureInfo.InvariantCulture)
                     + long.Parse(fields[14], System.Globalization.CultureInfo.InvariantCulture);
            }

            return t;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}

internal static class ProcessTree
{
    /// <summary>The fields of /proc/PID/stat after "pid (comm) ": comm may contain spaces, so split after the last ')'.</summary>
    public static string[] StatFields(string stat) => stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

    public static HashSet<int> Descendants(int root)
    {
        var descendants = new HashSet<int>();
        if (!Directory.Exists("/proc"))
        {
            return descendants;
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
                parents[pid] = int.Parse(StatFields(File.ReadAllText(Path.Combine(dir, "stat")))[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

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

        return descendants;
    }
}
