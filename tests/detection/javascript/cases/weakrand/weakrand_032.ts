
class ReplicaPicker {
  private replicas: string[];

  constructor(replicas: string[]) {
    this.replicas = replicas;
  }

  pick(): string {
    return this.replicas[Math.floor(Math.random() * this.replicas.length)];
  }
}

export { ReplicaPicker };
