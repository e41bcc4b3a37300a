interface CountdownRingProps {
  /** 0…1 of the step still left. */
  remaining: number;
  seconds: number;
  urgent: boolean;
}

/**
 * How long the code has left: a ring that empties, with the seconds inside. One element
 * with a conic gradient (not an SVG per row) keeps a 200-account list light.
 */
export function CountdownRing({ remaining, seconds, urgent }: CountdownRingProps) {
  return (
    <span
      class="ring"
      data-urgent={urgent}
      style={{ '--left': `${(remaining * 360).toFixed(1)}deg` }}
      aria-hidden="true"
    >
      {seconds}
    </span>
  );
}
