import json, os, random
C = "podman/docs/source/markdown/"
O = C + "options/"
FC = "firecracker/docs/"
K = "kata/docs/"
H = K + "how-to/"
labels = [
 ["podman/troubleshooting.md"],
 [C+"podman-machine-set.1.md.in", C+"podman-machine-init.1.md.in"],
 [C+"podman-container-checkpoint.1.md", C+"podman-container-restore.1.md"],
 ["podman/troubleshooting.md", "podman/rootless.md"],
 [C+"podman-systemd.unit.5.md", C+"podman-quadlet-basic-usage.7.md", C+"podman-generate-systemd.1.md"],
 [C+"podman-auto-update.1.md.in"],
 ["podman/troubleshooting.md"],
 [C+"podman-cp.1.md"],
 [C+"podman-system-prune.1.md"],
 [C+"podman-compose.1.md.in"],
 [C+"podman-kube-play.1.md.in", "podman/docs/kubernetes_support.md"],
 ["podman/docs/tutorials/basic_networking.md", C+"podman-network-create.1.md.in"],
 ["podman/docs/tutorials/podman-for-windows.md"],
 ["podman/docs/tutorials/remote_client.md", C+"podman-system-connection-add.1.md"],
 [C+"podman-build.1.md.in"],
 [O+"health-on-failure.md", C+"podman-healthcheck.1.md"],
 [O+"secret.md", C+"podman-secret-create.1.md"],
 [O+"log-opt.md"],
 [C+"podman-exec.1.md.in"],
 [O+"tz.md"],
 [O+"systemd.md"],
 ["podman/docs/tutorials/podman-install-certificate-authority.md"],
 [C+"podman-system-service.1.md", "podman/docs/tutorials/socket_activation.md"],
 ["podman/docs/tutorials/performance.md"],
 ["podman/docs/tutorials/image_signing.md", C+"podman-image-sign.1.md.in"],
 [C+"podman-system-migrate.1.md", "podman/troubleshooting.md"],
 [FC+"network-setup.md"],
 [FC+"rootfs-and-kernel-setup.md", FC+"getting-started.md"],
 [FC+"snapshotting/snapshot-support.md", FC+"snapshotting/versioning.md"],
 [FC+"snapshotting/random-for-clones.md", FC+"snapshotting/snapshot-support.md"],
 [FC+"mmds/mmds-user-guide.md"],
 [FC+"vsock.md"],
 [FC+"ballooning.md"],
 [FC+"prod-host-setup.md", FC+"jailer.md"],
 None,  # gpu passthrough -> dropped
 [FC+"api_requests/block-io-engine.md"],
 [FC+"gdb-debugging.md"],
 [FC+"cpu_templates/cpu-templates.md", FC+"snapshotting/versioning.md"],
 [FC+"logger.md", FC+"metrics.md"],
 [FC+"hugepages.md"],
 [H+"how-to-use-kata-with-docker.md"],
 [H+"how-to-use-k8s-with-containerd-and-kata.md", H+"containerd-kata.md"],
 [K+"installation.md", K+"install/README.md"],
 [K+"use-cases/NVIDIA-GPU-passthrough-and-Kata.md", K+"use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md"],
 [K+"Limitations.md"],
 [H+"what-is-vm-templating-and-how-do-I-use-it.md", H+"what-is-vm-cache-and-how-do-I-use-it.md"],
 [H+"how-to-use-kata-containers-with-firecracker.md", K+"hypervisors.md"],
 [K+"Developer-Guide.md"],
 [H+"how-to-load-kernel-modules-with-kata.md"],
 [H+"how-to-size-sandbox-overhead-runtime-rs.md", K+"design/host-cgroups.md"],
]
here = os.path.dirname(os.path.abspath(__file__))
qs = [l.rstrip("\n") for l in open(os.path.join(here, "corpus-draft.txt")) if l.strip()]
off = [l.rstrip("\n") for l in open(os.path.join(here, "offtopic-draft.txt")) if l.strip()]
assert len(qs) == len(labels) == 50, (len(qs), len(labels))
corpus = [{"q": q, "expectSource": s} for q, s in zip(qs, labels) if s]
dropped = sum(1 for s in labels if not s)
rng = random.Random(37)
rng.shuffle(corpus)
rng = random.Random(37)
rng.shuffle(off)
about = (f"Held-out set written blind on 2026-12-02: {len(qs)} user-style corpus questions and {len(off)} off-topic "
 "questions were drafted from the corpus file names only (no file contents read), in users' own words (symptoms, goals, "
 "casual tone). Afterwards each corpus question was labelled by grepping/reading /work/shared/corpus with the 1-3 files "
 "that clearly answer it, without rewording any question; questions with no clearly answering file were dropped. "
 f"Kept {len(corpus)} corpus questions, dropped {dropped} (no doc answers it). Off-topic questions were grepped against "
 f"the corpus; kept {len(off)}, dropped 0. Both lists shuffled once with random.Random(37).")
out = {"about": about, "seed": [], "corpus": corpus, "offtopic": off}
json.dump(out, open("/work/main/eval/heldout-fresh-corpus.json", "w"), indent=2, ensure_ascii=False)
