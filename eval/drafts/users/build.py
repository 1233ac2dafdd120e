#!/usr/bin/env python3
"""Build /work/main/eval/heldout-users.json from the blind drafts + phase-2 labels.

Labels are keyed by 1-based line number in seed-draft.txt so questions are
never reworded. Validates that every expect/answer string is an exact
substring of the article after whitespace collapsing, and length rules.
"""
import hashlib, json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLE = Path("/work/shared/seed/containers-vs-vms.txt")
OUT = HERE.parent.parent / "heldout-users.json"
SEED_SHA = "236582662cec001ff8f5ea531d787e455734da99ec60819ad39bf4d5784fa46b"
OFF_SHA = "21d9949e371c359bfb6b25adc427a6c63b4be95da5e2ba44ef56810e4a89664b"

LABELS = {
 1: (["Containers and virtual machines differ mainly in architecture",
      "containers share the host OS kernel, making them lightweight and quick to start",
      "VMs run separate OS instances, offering stronger isolation"], "share the host OS kernel"),
 2: (["Containers share the host OS kernel, making them lightweight and faster to start",
      "Containers, by design, are lightweight and share the host operating system’s kernel"], "share the host OS kernel"),
 3: (["containers share the host OS kernel, making them lightweight and quick to start",
      "VMs can be slightly slower to start and consume more resources because of their heavyweight nature"], "share the host OS kernel"),
 4: (["VMs rely on hypervisors for managing resources and security",
      "hypervisors, which play a crucial role in optimizing resource management and security"], "managing resources and security"),
 5: (["Containers are more resource-efficient and ideal for microservices",
      "VMs can be slightly slower to start and consume more resources because of their heavyweight nature"], "Containers are more resource-efficient"),
 8: (["Containers are more resource-efficient and ideal for microservices",
      "containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"], "ideal for microservices"),
 9: (["Address migration challenges like data transfer and configuration adjustments early",
      "Start by planning your container orchestration strategy, ensuring your applications are compatible"], "data transfer and configuration adjustments"),
 10: (["Yes, containers can run seamlessly on virtual machines",
       "This setup offers flexibility, scalability, and security, making it ideal for dynamic workloads"], "flexibility, scalability, and security"),
 11: (["containers share the host OS kernel, making them lightweight and quick to start",
       "VMs can be slightly slower to start and consume more resources"], "lightweight and quick to start"),
 12: (["Scalability challenges are easier with containers since they activate quickly",
       "VMs may experience performance drops because of their heavier resource use and longer startup times"], "since they activate quickly"),
 13: (["containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead",
       "Scalability challenges are easier with containers since they activate quickly"], "allowing faster scaling and less overhead"),
 14: (["You should monitor metrics like CPU, memory, and I/O closely",
       "adjusting resource allocation to maintain ideal performance during spikes"], "metrics like CPU, memory, and I/O"),
 16: (["VMs provide stronger isolation through dedicated resources",
       "if your priority is strong security boundaries and consistent performance, VMs could be your best choice"], "stronger isolation through dedicated resources"),
 17: (["Virtual network integration allows containers to connect securely to other network resources",
       "proper configuration is essential to prevent potential bottlenecks or security issues"], "proper configuration is essential"),
 18: (["Just be aware that proper configuration is essential to prevent potential bottlenecks or security issues"], "proper configuration is essential"),
 21: (["vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously",
       "running containers with the least privileges, isolating them properly, and regularly updating container images to minimize attack surfaces"], "running containers with the least privileges"),
 23: (["They provide stronger isolation because each VM runs its own complete OS",
       "making it easier to contain security breaches within a single VM without affecting others"], "runs its own complete OS"),
 24: (["This isolation can be particularly valuable for running untrusted or sensitive workloads",
       "making it easier to contain security breaches within a single VM without affecting others"], "running untrusted or sensitive workloads"),
 25: (["containers share the host OS, so if there’s a security flaw, it could affect other containers",
       "vulnerabilities in the host OS or container engine could potentially affect many containers simultaneously"], "it could affect other containers"),
 26: (["running containers with the least privileges, isolating them properly, and regularly updating container images to minimize attack surfaces"], "running containers with the least privileges"),
 27: (["You must implement strict security practices, such as running containers with the least privileges"], "running containers with the least privileges"),
 31: (["containers can be more cost-effective and easier to license",
       "you can run more containers on the same hardware compared to virtual machines"], "more cost-effective and easier to license"),
 32: (["Containers offer rapid deployment and scalability",
       "containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"], "Containers offer rapid deployment and scalability"),
 33: (["Start by planning your container orchestration strategy, ensuring your applications are compatible",
       "Address migration challenges like data transfer and configuration adjustments early",
       "Test thoroughly in staging environments, then gradually shift workloads"], "planning your container orchestration strategy"),
 34: (["Test thoroughly in staging environments, then gradually shift workloads",
       "Keep backups handy, and monitor performance closely"], "then gradually shift workloads"),
 35: (["Address migration challenges like data transfer and configuration adjustments early"], "data transfer and configuration adjustments"),
 37: (["containers are ideal for rapid development, continuous deployment, and scalable microservices architectures",
       "leveraging their ability to quickly spin up and shut down"], "rapid development, continuous deployment"),
 39: (["Deployment tools differ: containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security",
       "container orchestration tools like Kubernetes manage them efficiently"], "containers use orchestration platforms"),
 40: (["Both technologies have their place",
       "VMs are also better suited for running applications that require specific OS configurations or kernel modules",
       "This isolation can be particularly valuable for running untrusted or sensitive workloads"], "Both technologies have their place"),
 41: (["imagine deploying a new app quickly using containers, like a startup launching a website in minutes",
       "containers can be more cost-effective and easier to license"], "startup launching a website in minutes"),
 43: (["containers can be more cost-effective and easier to license",
       "you can run more containers on the same hardware compared to virtual machines"], "more cost-effective and easier to license"),
 44: (["Scalability challenges are easier with containers since they activate quickly",
       "containers generally perform better due to efficient resource allocation, allowing faster scaling and less overhead"], "since they activate quickly"),
 46: (["VMs provide stronger isolation through dedicated resources, but may require more management effort"], "may require more management effort"),
 47: (["For more secure, isolated environments, VMs excel",
       "This isolation can be particularly valuable for running untrusted or sensitive workloads"], "isolated environments, VMs excel"),
 51: (["Under high load, you’ll notice containers generally perform better due to efficient resource allocation",
       "VMs may experience performance drops because of their heavier resource use"], "containers generally perform better"),
 59: (["You might choose containers when you need agility and speed, leveraging their ability to quickly spin up and shut down"], "quickly spin up and shut down"),
 64: (["Containers often have simpler licensing because they share the host OS, reducing extra costs",
       "VMs typically require individual licenses for each OS instance, increasing expenses",
       "especially with proprietary operating systems or enterprise licenses"], "Containers often have simpler licensing"),
 71: (["containers use orchestration platforms, while VMs rely on hypervisors for managing resources and security"], "containers use orchestration platforms"),
 72: (["VMs are also better suited for running applications that require specific OS configurations or kernel modules that containers might not support easily"], "containers might not support easily"),
 73: (["Containers share the host OS kernel",
       "VMs are also better suited for running applications that require specific OS configurations or kernel modules"], "share the host OS kernel"),
 74: (["you can run more containers on the same hardware compared to virtual machines, which each require a full OS instance"], "more containers on the same hardware"),
 75: (["Containers are more resource-efficient and ideal for microservices",
       "containers are ideal for rapid development, continuous deployment, and scalable microservices architectures"], "ideal for microservices"),
 76: (["they excel in environments where stability, compatibility, and security are critical",
       "This isolation can be particularly valuable for running untrusted or sensitive workloads",
       "VMs are also better suited for running applications that require specific OS configurations or kernel modules"], "stability, compatibility, and security are critical"),
 77: (["This isolation can be particularly valuable for running untrusted or sensitive workloads",
       "Both technologies have their place"], "running untrusted or sensitive workloads"),
 78: (["Virtual network integration allows containers to connect securely to other network resources, creating a cohesive environment",
       "proper configuration is essential to prevent potential bottlenecks or security issues"], "Virtual network integration allows containers"),
}

DROPPED = {
 6: "article never discusses environment consistency / 'works on my machine'",
 7: "no Windows-vs-Linux container host compatibility in the article",
 15: "article lists metrics to watch but says nothing about monitoring short-lived/ephemeral containers",
 19: "article covers shared-kernel security flaws, not host crash / kernel panic blast radius",
 20: "debuggability of containers vs VMs is not covered",
 22: "article never estimates how likely or common container escapes are",
 28: "image scanning not mentioned (only regularly updating images)",
 29: "minimal base images not mentioned",
 30: "sandboxed runtimes (gVisor/Kata/Firecracker) not mentioned",
 36: "team skills / retraining not covered",
 38: "containerising a monolith vs splitting it first is not covered",
 42: "whether a startup needs Kubernetes from day one is not covered",
 45: "monolith-in-one-container is not covered",
 48: "serverless is not covered",
 49: "cloud portability / lock-in not covered",
 50: "local dev environments (compose vs Vagrant) not covered",
 52: "article only names 'data transfer' as a migration challenge; nothing on container local-disk/ephemeral storage",
 53: "databases in containers not covered",
 54: "GPU workloads not covered",
 55: "persistent storage for stateful containers not covered",
 56: "disk I/O overhead comparison not covered (I/O only named as a metric to monitor)",
 57: "no guidance specific to Airflow/worker pools beyond generic claims",
 58: "memory-heavy single jobs not covered",
 60: "ordering of data vs compute migration not covered",
 61: "no Windows/.NET Framework/IIS content in the article",
 62: "Windows containers on Linux nodes not covered",
 63: "Windows image size not covered",
 65: ".NET Core containerisation not covered",
 66: "COM/registry dependencies not covered",
 67: "Hyper-V vs process isolation not covered",
 68: "Windows container startup time not covered",
 69: "host/container OS version matching on Windows not covered",
 70: "GUI/desktop apps not covered",
 79: "sizing VMs for container nodes not covered",
 80: "bare metal vs VMs for containers not covered",
}
OFF_DROPPED = {}  # reviewed: the article answers none of the 40 off-topic questions


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def sentences(text):
    out = []
    for line in text.splitlines():
        line = line.strip().lstrip("- ").strip()
        if line:
            out.extend(p for p in re.split(r"(?<=[.?!])\s+", line) if p)
    return [norm(s) for s in out]


def main():
    for name, sha in (("seed-draft.txt", SEED_SHA), ("offtopic-draft.txt", OFF_SHA)):
        got = hashlib.sha256((HERE / name).read_bytes()).hexdigest()
        assert got == sha, f"{name} changed since phase 1: {got}"
    seed_lines = (HERE / "seed-draft.txt").read_text().splitlines()
    off_lines = (HERE / "offtopic-draft.txt").read_text().splitlines()
    assert len(seed_lines) == 80 and len(off_lines) == 40
    assert set(LABELS).isdisjoint(DROPPED) and set(LABELS) | set(DROPPED) == set(range(1, 81))

    raw = ARTICLE.read_text()
    art = norm(raw)
    sents = sentences(raw)
    errors = []
    seed = []
    for n in sorted(LABELS):
        exp, ans = LABELS[n]
        q = seed_lines[n - 1]
        if not 1 <= len(exp) <= 3:
            errors.append(f"{n}: {len(exp)} expect phrases")
        for e in exp:
            if norm(e) not in art:
                errors.append(f"{n}: expect not in article: {e!r}")
            if len(e.split()) < 5:
                errors.append(f"{n}: expect shorter than 5 words: {e!r}")
        if norm(ans) not in art:
            errors.append(f"{n}: answer not in article: {ans!r}")
        if not 3 <= len(ans.split()) <= 6:
            errors.append(f"{n}: answer not 3-6 words: {ans!r}")
        ok = any(norm(e) in s and norm(ans) in s for e in exp for s in sents)
        if not ok:
            errors.append(f"{n}: answer {ans!r} not in any expect phrase's sentence")
        seed.append({"q": q, "expect": exp, "answer": ans})
    offtopic = [q for i, q in enumerate(off_lines, 1) if i not in OFF_DROPPED]
    if errors:
        print("\n".join(errors)); sys.exit(1)

    with open(HERE / "dropped.txt", "w") as f:
        for n in sorted(DROPPED):
            f.write(f"seed #{n}: {seed_lines[n-1]}\t-- {DROPPED[n]}\n")
        for n in sorted(OFF_DROPPED):
            f.write(f"offtopic #{n}: {off_lines[n-1]}\t-- {OFF_DROPPED[n]}\n")

    random.Random(41).shuffle(seed)
    random.Random(41).shuffle(offtopic)
    about = (
        "User-voice held-out set for the containers-vs-VMs bot. Phase 1 (blind): 80 seed questions "
        "in 8 voices (new grad, on-call SRE, security reviewer, engineering manager, 5-person-startup CTO, "
        "data engineer, Windows/.NET developer, platform architect; ~1/4 concrete 'X or Y?' choices, terse and "
        "typo'd Slack phrasing) and 40 off-topic questions (25 near-domain: prices, quotas, a CVE id, exact "
        "kubectl/docker/helm/terraform/systemd/git commands, release dates, licence prices, company policy, hiring, "
        "vendor support, shipping containers, the JVM, Jupyter kernels, vending machines; 15 everyday) were written "
        "from general knowledge without opening the article, /work/main source, lexicon, tests or /work/shared/eval, "
        "and their sha256 sums recorded in drafts/users/README.md before the article was read. Phase 2: the article "
        "(/work/shared/seed/containers-vs-vms.txt) was read and each seed question labelled unchanged with 1-3 verbatim "
        f"expect phrases (>=5 words) and a verbatim 3-6 word answer phrase, or dropped with a reason "
        f"(drafts/users/dropped.txt). Seed: 80 written, {len(seed)} kept, {len(DROPPED)} dropped (mostly Windows/.NET, "
        f"data/storage and tooling specifics the article does not cover). Off-topic: 40 written, {len(offtopic)} kept, "
        f"{len(OFF_DROPPED)} dropped (the article answers none). Each list shuffled once with a fresh "
        "random.Random(41).shuffle; validated by drafts/users/build.py (exact substrings after whitespace collapsing, "
        "curly apostrophes as in the article)."
    )
    data = {"about": about, "seed": seed, "corpus": [], "offtopic": offtopic}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    json.loads(OUT.read_text())
    print(f"ok: seed kept {len(seed)}, dropped {len(DROPPED)}; offtopic kept {len(offtopic)}, dropped {len(OFF_DROPPED)} -> {OUT}")


if __name__ == "__main__":
    main()
