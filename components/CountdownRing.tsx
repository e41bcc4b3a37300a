interface CountdownRingProps {
  /** 0…1 of the step still left. */
  remaining: number;
  seconds: number;
  urgent: boolean;
}

const RADIUS = 11;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** How long the code has left: a ring that empties, with the seconds inside. */
export function CountdownRing({ remaining, seconds, urgent }: CountdownRingProps) {
  return (
    <span class="ring" data-urgent={urgent} aria-hidden="true">
      <svg viewBox="0 0 28 28" width="28" height="28">
        <circle class="ring__track" cx="14" cy="14" r={RADIUS} />
        <circle
          class="ring__progress"
          cx="14"
          cy="14"
          r={RADIUS}
          stroke-dasharray={CIRCUMFERENCE}
          stroke-dashoffset={CIRCUMFERENCE * (1 - remaining)}
        />
      </svg>
      <span class="ring__seconds">{seconds}</span>
    </span>
  );
}
