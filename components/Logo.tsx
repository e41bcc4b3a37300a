interface LogoProps {
  size: number;
}

/** The Omamori amulet (public/icon/omamori.svg, also the source of the PNG icons). */
export function Logo({ size }: LogoProps) {
  return <img class="logo" src="/icon/omamori.svg" width={size} height={size} alt="" />;
}
